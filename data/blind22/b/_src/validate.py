"""Validate x40b_longform.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x40b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(\+?62|\b0)8\d[\d\s.-]{5,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x40b{i:04d}" for i in range(1, N + 1)}
if set(ids) - want:
    errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
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
    nl = [x for x in t.split("\n") if x.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    lab = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid}: label {r['label']} != derived {lab}")
    if lab == "legal" and not r["category"].startswith("hn_") and r["category"] not in ():
        errs.append(f"{rid}: legal record category should start with hn_: {r['category']}")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 0.50-0.60")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(dict(labels), f"legal share {share:.3f}")
print("OK")
