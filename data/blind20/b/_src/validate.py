"""Validate x34b_longform.jsonl. Prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x34b_longform.jsonl")
N = 150
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
# a phone-like digit run: 0/62/+62 followed by 8 and many digits, not masked
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s\-]{6,}")
errs = []

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"x34b{i:04d}" for i in range(1, N + 1)}:
    errs.append("ids not exactly x34b0001..x34b0150")
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
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)} [{r['category']}]")
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) for k in EKEYS):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != derived {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", cat):
        errs.append(f"{rid}: category not snake_case {cat}")
    if r["label"] == "illegal_used_import" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone number")
    for m in re.finditer(r"08\d{2}x+", t):
        pass
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.70 <= share <= 0.80):
    errs.append(f"legal share {share:.3f} outside 0.70-0.80")

if errs:
    print("\n".join(errs))
    print(f"{len(errs)} problem(s)")
    sys.exit(1)
print(f"OK  {len(recs)} records, legal {legal} ({share:.1%})")
print("labels:", dict(Counter(r["label"] for r in recs)))
print("kinds:", dict(Counter(r["kind"] for r in recs)))
