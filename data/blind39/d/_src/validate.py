"""Validate x75d_oneliners.jsonl; prints OK when every check passes."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x75d_oneliners.jsonl")
PREFIX, LO, HI = "x75d", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# any Indonesian mobile number with more than 4 visible digits is unmasked
PHONE = re.compile(r"(?:\+?62|0)8\d{2}[\s.-]?\d{3,}")
CAT = re.compile(r"^[a-z][a-z0-9_]*$")

errors = []
recs = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad json {e}")

ids = set()
norm = set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: key order {list(r.keys())}")
        continue
    m = re.fullmatch(rf"{PREFIX}-(\d{{4}})", rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI):
        errors.append(f"{rid}: id out of range/format")
    if rid in ids:
        errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errors.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errors.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errors.append(f"{rid}: empty text")
        continue
    if len(t) > 160:
        errors.append(f"{rid}: oneliner too long ({len(t)})")
    if "\n" in t or "\r" in t:
        errors.append(f"{rid}: line break in oneliner")
    if PHONE.search(t):
        errors.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)}")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errors.append(f"{rid}: bad elements {el}")
        continue
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errors.append(f"{rid}: label {r['label']} != derived {want}")
    if not CAT.match(r["category"]):
        errors.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errors.append(f"{rid}: legal record category lacks hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errors.append(f"{rid}: illegal record has hn_ category")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in norm:
        errors.append(f"{rid}: duplicate text")
    norm.add(key)

if len(recs) != HI - LO + 1:
    errors.append(f"count {len(recs)} != {HI - LO + 1}")
labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.70 <= share <= 0.80:
    errors.append(f"legal share {share:.3f} outside 0.70-0.80")

if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print(f"{len(recs)} records, legal {labels['legal']} ({share:.1%}), illegal {labels['illegal_used_import']}")
print("OK")
