"""Validate x75b_longform.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x75b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\s.\-]{5,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) > N or len(recs) == 0:
    errs.append(f"record count {len(recs)} outside 1..{N}")
valid_ids = {f"x75b-{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids:
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style must be longform")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: {len(nl)} non-empty lines")
    e = r["elements"]
    if list(e.keys()) != EKEYS or any(e[k] not in (0, 1) or isinstance(e[k], bool) for k in EKEYS):
        errs.append(f"{rid}: bad elements {e}")
    want = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["category"].startswith("hn_") and r["label"] != "legal":
        errs.append(f"{rid}: hn_ category on illegal record")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs)
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 0.50-0.60")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(recs)} legal={legal} ({share:.1%})")
print("OK")
