"""Validate x62b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x62b_longform.jsonl")
PREFIX, N, STYLE = "x62b", 150, "longform"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL = ["offer", "used", "clothing", "abroad"]
LABELS = {"legal", "illegal_used_import"}
# a phone-like run: 08/+62/62 followed by 6+ digits (optionally separated); masked ones contain x
PHONE = re.compile(r"(?:\+?62|0)8[\d\s.\-]{6,}\d")

errs = []
def err(m): errs.append(m)

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N: err(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids): err("duplicate ids")
if set(ids) != {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}: err("ids not exactly the range")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: err(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS: err(f"{rid}: kind {r.get('kind')}")
    if r.get("style") != STYLE: err(f"{rid}: style")
    t = r.get("text", "")
    if not (150 <= len(t) <= 1500): err(f"{rid}: length {len(t)}")
    nl = [x for x in t.split("\n") if x.strip()]
    if not (2 <= len(nl) <= 15): err(f"{rid}: {len(nl)} non-empty lines")
    e = r.get("elements", {})
    if list(e.keys()) != EL: err(f"{rid}: element keys")
    if any(e.get(k) not in (0, 1) or isinstance(e.get(k), bool) for k in EL): err(f"{rid}: element values")
    want = "illegal_used_import" if all(e.get(k) == 1 for k in EL) else "legal"
    if r.get("label") != want: err(f"{rid}: label {r.get('label')} != {want}")
    if r.get("label") not in LABELS: err(f"{rid}: unknown label")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat): err(f"{rid}: category {cat}")
    if r.get("label") == "illegal_used_import" and cat.startswith("hn_"): err(f"{rid}: hn_ category on illegal")
    for m in PHONE.finditer(t):
        err(f"{rid}: unmasked phone {m.group()}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: err(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / max(1, len(recs))
if not (0.50 <= share <= 0.60): err(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"labels {dict(lab)}, legal share {share:.3f}")
print("OK")
