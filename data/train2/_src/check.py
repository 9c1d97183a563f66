"""Validate oneliners.jsonl and longform.jsonl. Exit non-zero on any failure."""
import json, os, re, sys, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["id", "kind", "text", "label", "category", "style", "elements"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"illegal_used_import", "legal"}
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?<!\d)(?:\+?62|0)8\d{2}[\s.-]?\d{3,}")
SPEC = {
    "oneliners.jsonl": dict(style="oneliner", prefix="x2-", first=1, minn=400, maxn=500, lo=1, hi=140, lines=(1, 1)),
    "longform.jsonl": dict(style="longform", prefix="x2-", first=1001, minn=280, maxn=350, lo=150, hi=1500, lines=(2, 15)),
}
errors = []
all_ids, all_texts = set(), set()
for fn, sp in SPEC.items():
    path = os.path.join(OUT, fn)
    if not os.path.exists(path):
        errors.append(f"{fn}: missing"); continue
    recs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append(f"{fn}:{i}: bad json {e}")
    if not (sp["minn"] <= len(recs) <= sp["maxn"]):
        errors.append(f"{fn}: count {len(recs)} outside {sp['minn']}..{sp['maxn']}")
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            errors.append(f"{rid}: fields {list(r.keys())}")
            continue
        if not re.fullmatch(r"x2-\d{4}", rid): errors.append(f"{rid}: bad id")
        n = int(rid[3:]) if re.fullmatch(r"x2-\d{4}", rid) else -1
        if fn == "oneliners.jsonl" and not (1 <= n <= 999): errors.append(f"{rid}: id range")
        if fn == "longform.jsonl" and not (1001 <= n <= 1999): errors.append(f"{rid}: id range")
        if rid in all_ids: errors.append(f"{rid}: duplicate id")
        all_ids.add(rid)
        t = r["text"]
        if not isinstance(t, str) or not t.strip(): errors.append(f"{rid}: empty text")
        key = re.sub(r"\s+", " ", t.strip().lower())
        if key in all_texts: errors.append(f"{rid}: duplicate text")
        all_texts.add(key)
        if not (sp["lo"] <= len(t) <= sp["hi"]): errors.append(f"{rid}: length {len(t)}")
        nl = t.count("\n") + 1
        if not (sp["lines"][0] <= nl <= sp["lines"][1]): errors.append(f"{rid}: {nl} lines")
        if r["kind"] not in KINDS: errors.append(f"{rid}: kind {r['kind']}")
        if r["label"] not in LABELS: errors.append(f"{rid}: label {r['label']}")
        if r["style"] != sp["style"]: errors.append(f"{rid}: style {r['style']}")
        if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", r["category"]): errors.append(f"{rid}: category {r['category']}")
        el = r["elements"]
        if not isinstance(el, dict) or list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errors.append(f"{rid}: elements {el}")
        else:
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want: errors.append(f"{rid}: label/elements mismatch")
        if PHONE.search(t): errors.append(f"{rid}: unmasked phone number")
    c = collections.Counter(r.get("label") for r in recs)
    share = c["illegal_used_import"] / max(1, len(recs))
    if not (0.33 <= share <= 0.47): errors.append(f"{fn}: illegal share {share:.2f}")
    print(fn, len(recs), dict(c), f"illegal={share:.2%}")
if errors:
    print("\n".join(errors[:200])); print(f"FAILED: {len(errors)} errors"); sys.exit(1)
print("OK")
