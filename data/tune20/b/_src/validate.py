"""Validate x37b_longform.jsonl against the brief's rules."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x37b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|\b0)8\d[\d\s.-]{5,}\d")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
if len(recs) != 150:
    errs.append(f"count {len(recs)} != 150")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"x37b{i:04d}" for i in range(1, 151)}:
    errs.append("ids not exactly x37b0001..x37b0150")
seen = {}
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{rid}: element keys {list(r['elements'].keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} non-empty lines")
    for k, v in r["elements"].items():
        if v not in (0, 1):
            errs.append(f"{rid}: element {k}={v}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category without hn_: {r['category']}")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    m = PHONE.search(t)
    if m:
        errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
share = sum(r["label"] == "legal" for r in recs) / len(recs)
if not (0.70 <= share <= 0.80):
    errs.append(f"legal share {share:.3f} outside 0.70-0.80")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("labels", Counter(r["label"] for r in recs))
print("kinds", Counter(r["kind"] for r in recs))
print("legal share %.3f" % share)
print("OK")
