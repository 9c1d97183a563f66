"""Validate x74a_oneliners.jsonl. Prints OK or a list of problems."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x74a_oneliners.jsonl")
PREFIX, LO, HI = "x74a", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")
ids, texts = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(rf"{PREFIX}-(\d{{4}})", str(rid))
    if not m or not (LO <= int(m.group(1)) <= HI): errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] == "oneliner":
        if len(t) > 160: errs.append(f"{rid}: oneliner too long ({len(t)})")
        if "\n" in t or "\r" in t: errs.append(f"{rid}: line break in oneliner")
    elif r["style"] == "longform":
        lines = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500): errs.append(f"{rid}: longform length {len(t)}")
        if not (2 <= len(lines) <= 15): errs.append(f"{rid}: longform lines {len(lines)}")
    else:
        errs.append(f"{rid}: style {r['style']}")
    if not t.strip(): errs.append(f"{rid}: empty text")
    el = r["elements"]
    if list(el.keys()) != ELS: errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", cat): errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not cat.startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
    if r["label"] != "legal" and cat.startswith("hn_"): errs.append(f"{rid}: illegal record with hn_ category")
    # phone numbers must be masked: no run of 7+ digits (with optional separators) starting 08/+62/62
    for ph in re.findall(r"(?:\+?62|0)8[\d\s\-.]{6,}", t):
        if sum(ch.isdigit() for ch in ph) >= 7: errs.append(f"{rid}: unmasked phone {ph!r}")
    if re.search(r"\d{9,}", t): errs.append(f"{rid}: long digit run")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in texts: errs.append(f"{rid}: duplicate text")
    texts.add(key)
if len(recs) != HI - LO + 1: errs.append(f"record count {len(recs)} != {HI - LO + 1}")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f} outside 50-60%")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print(f"{len(recs)} records, legal share {share:.3f}")
print("OK")
