"""Validate x76b_oneliners.jsonl."""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x76b_oneliners.jsonl")
N, PREFIX = 300, "x76b"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid}: element keys")
    m = re.fullmatch(PREFIX + r"-(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= N): errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] == "oneliner":
        if len(t) > 160 or "\n" in t or not t.strip(): errs.append(f"{rid}: oneliner length/lines {len(t)}")
    elif r["style"] == "longform":
        lines = [x for x in t.split("\n") if x.strip()]
        if not (150 <= len(t) <= 1500 and 2 <= len(lines) <= 15): errs.append(f"{rid}: longform length/lines")
    else:
        errs.append(f"{rid}: style {r['style']}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{rid}: category")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1) or isinstance(r["elements"][k], bool): errs.append(f"{rid}: element {k}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and r["elements"]["offer"] == 1 and all(r["elements"][k] for k in EKEYS):
        errs.append(f"{rid}: odd")
    # phones: any run of 5+ digits (ignoring spaces/dashes) starting with 0/62/+62 must be masked
    for ph in re.findall(r"(?:\+?62|0)8[\d\- ]{4,}\d", t):
        errs.append(f"{rid}: unmasked phone {ph}")
    for mph in re.findall(r"08\d{2}\S*", t):
        if not re.fullmatch(r"08\d{2}x{4}\W*", mph): errs.append(f"{rid}: bad mask {mph}")
    n = re.sub(r"\s+", " ", t.lower()).strip()
    if n in norm: errs.append(f"{rid}: duplicate text")
    norm.add(n)
if len(recs) != N: errs.append(f"count {len(recs)} != {N}")
if len(ids) != N or ids != {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}: errs.append("id set incomplete")
legal = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not (0.70 <= legal <= 0.80): errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"records={len(recs)} legal_share={legal:.3f}")
print("OK")
