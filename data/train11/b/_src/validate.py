"""Validate x55b_longform.jsonl. Prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x55b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (word-boundary, case-insensitive)
FAMOUS = re.compile(r"\b(bekas|second|seken|2nd|thrift\w*|preloved|bal|ball\w*|balpres\w*|karungan|impor\w*|import\w*|"
                    r"bundle|cakar|monza|monja|awul\w*|hidden gems?|bongkar bal)\b", re.I)

errors = []
def err(msg):
    errors.append(msg)

recs = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"line {ln}: bad json {e}")

if len(recs) != N:
    err(f"expected {N} records, got {len(recs)}")

expected_ids = {f"x55b-{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
if set(ids) != expected_ids:
    err(f"ids out of range / missing: {sorted(set(ids) ^ expected_ids)[:5]}")

seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
        continue
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        err(f"{rid}: style {r['style']}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"] or ""):
        err(f"{rid}: category not snake_case")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        err(f"{rid}: bad elements {el}")
        continue
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        err(f"{rid}: label {r['label']} != derived {want}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        err(f"{rid}: legal record category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        err(f"{rid}: length {len(t)}")
    lines = [x for x in t.split("\n") if x.strip()]
    if not (2 <= len(lines) <= 15):
        err(f"{rid}: {len(lines)} non-empty lines")
    # phones: any 08.. with more than 2 further digits unmasked, or long digit runs
    if re.search(r"(\+?62|\b0)8\d{3,}", t) or re.search(r"\d{8,}", t.replace(".", "").replace(" ", "")):
        err(f"{rid}: unmasked phone-like number")
    for m in re.finditer(r"\b08\d{2,}\w*", t):
        if not re.fullmatch(r"08\d{2}x{2,}", m.group(0)):
            err(f"{rid}: phone not masked as 08NNxxxx: {m.group(0)}")
    if r["label"] == "illegal_used_import":
        m = FAMOUS.search(t)
        if m:
            err(f"{rid}: illegal record uses famous word '{m.group(0)}'")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        err(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.50 <= share <= 0.60):
    err(f"legal share {share:.3f} outside 50-60%")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print(dict(labels), f"legal share {share:.3f}")
print("OK")
