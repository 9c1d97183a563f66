"""Validate x33b_longform.jsonl against the brief's rules."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x33b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {f"x33b{i:04d}" for i in range(1, 151)}
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\s.-]{5,}")
LONGDIGITS = re.compile(r"\d{7,}")

errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")

ids, texts = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if rid not in VALID_IDS:
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: category {cat}")
    if want == "illegal_used_import" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t) or LONGDIGITS.search(t):
        errs.append(f"{rid}: unmasked phone/number")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in texts:
        errs.append(f"{rid}: duplicate text of {texts[key]}")
    texts[key] = rid

if len(recs) != 150:
    errs.append(f"expected 150 records, got {len(recs)}")
if ids != VALID_IDS:
    errs.append("ids do not cover x33b0001..x33b0150")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK ({len(recs)} records, legal {legal} = {share:.1%})")
