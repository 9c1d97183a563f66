"""Validate x57b_longform.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x57b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s\-]{5,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"x57b-{i:04d}" for i in range(1, N + 1)}:
    errs.append("ids not exactly x57b-0001..x57b-%04d" % N)
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
        continue
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    lines = [x for x in t.split("\n") if x.strip()]
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} but elements give {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category without hn_ ({r['category']})")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    for m in PHONE.findall(t):
        errs.append(f"{rid}: unmasked phone {m!r}")
    for m in re.findall(r"08\d\dx+", t):
        if m != "0812xxxx":
            errs.append(f"{rid}: odd mask {m}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.80 <= share <= 0.90):
    errs.append(f"legal share {share:.3f} outside 0.80-0.90")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK {len(recs)} records, labels {dict(labels)}, legal share {share:.3f}")
