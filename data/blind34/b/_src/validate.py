# Validates x66b_longform.jsonl against the brief's rules.
import json, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(BASE, "x66b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
want_ids = {f"x66b-{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i in ids:
    if i not in want_ids:
        errs.append(f"id out of range: {i}")
seen = {}
phone = re.compile(r"(\+?62|\b0)8\d[\d\s\-]{5,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: lines {len(lines)}")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements {el}")
    lab = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if lab == "legal" and r["category"].startswith("hn_") is False and r["category"] not in ("plain_clothing_listing",):
        pass
    if lab != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    for m in phone.finditer(t):
        errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    for m in re.finditer(r"08\d{2}x+", t):
        pass
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print(f"legal {legal}/{len(recs)} = {share:.3f}")
print("OK")
