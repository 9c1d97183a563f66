"""Validate x58b_longform.jsonl against the brief's rules. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x58b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d \-.]{5,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x58b-{i:04d}" for i in range(1, N + 1)}
if set(ids) != want:
    errs.append(f"ids out of range: {sorted(set(ids) ^ want)[:5]}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
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
        errs.append(f"{rid}: bad elements {el}")
    exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp:
        errs.append(f"{rid}: label {r['label']} != {exp}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and el["offer"] and el["used"] and el["clothing"] and el["abroad"]:
        errs.append(f"{rid}: impossible")
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: hn_ category on illegal record")
    m = PHONE.search(t)
    if m:
        errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")
if legal != 84:
    errs.append(f"expected 84 legal, got {legal}")

if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(recs)} legal={legal} ({share:.1%}) illegal={len(recs)-legal}")
print("labels:", dict(Counter(r["label"] for r in recs)))
print("kinds:", dict(Counter(r["kind"] for r in recs)))
print("OK")
