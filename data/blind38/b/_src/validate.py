"""Validate x73b_longform.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x73b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# unmasked Indonesian phone numbers: 08.. / 628.. / +628.. followed by many digits
PHONE = re.compile(r"(?<![\dx])(?:\+?62|0)8\d[\d\s.\-]{5,}\d")

errors = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")

if len(recs) != N:
    errors.append(f"expected {N} records, got {len(recs)}")
expected_ids = {f"x73b-{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if set(ids) - expected_ids:
    errors.append(f"ids out of range: {sorted(set(ids) - expected_ids)[:5]}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: key order {list(r.keys())}")
        continue
    if r["kind"] not in KINDS:
        errors.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        errors.append(f"{rid}: style {r['style']}")
    t = r["text"]
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500):
        errors.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15):
        errors.append(f"{rid}: {len(lines)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errors.append(f"{rid}: bad elements {el}")
        continue
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errors.append(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errors.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and r["category"] != "legal_plain_listing":
        errors.append(f"{rid}: legal record with non-hn category {r['category']}")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errors.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        errors.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errors.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid

legal = sum(r.get("label") == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    errors.append(f"legal share {share:.3f} outside 50-60%")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK ({len(recs)} records, legal share {share:.1%})")
