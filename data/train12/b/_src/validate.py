"""Validate x56b_longform.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x56b_longform.jsonl")
N = 150
PREFIX = "x56b"
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"legal", "illegal_used_import"}
# any run of 8+ digits (allowing spaces/dashes) that looks like a phone number, or +62 numbers
PHONE_RE = re.compile(r"(\+?62|0)8[\d\s\-]{7,}\d")

errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")

if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
want_ids = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i in ids:
    if i not in want_ids:
        errs.append(f"id out of range: {i}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS:
        errs.append(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != "longform":
        errs.append(f"{rid}: style {r.get('style')}")
    if r.get("label") not in LABELS:
        errs.append(f"{rid}: bad label")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: bad category {cat}")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS:
        errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: non 0/1 element")
    derived = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != derived:
        errs.append(f"{rid}: label {r.get('label')} != derived {derived}")
    if r.get("label") == "legal" and cat.startswith("hn_") is False and derived == "legal":
        errs.append(f"{rid}: legal record category should start with hn_ ({cat})")
    if r.get("label") == "illegal_used_import" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    t = r.get("text", "")
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    nl = [ln for ln in t.split("\n") if ln.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: {len(nl)} non-empty lines")
    if PHONE_RE.search(t):
        errs.append(f"{rid}: unmasked phone {PHONE_RE.search(t).group(0)}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid

labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.70 <= share <= 0.80):
    errs.append(f"legal share {share:.3f} outside 70-80%")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK {len(recs)} records, legal {labels['legal']}, illegal_used_import {labels['illegal_used_import']}, legal share {share:.3f}")
