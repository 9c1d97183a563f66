"""Validate x44b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x44b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELEMS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 120:
    errs.append("expected 120 records, got %d" % len(recs))
expected_ids = {"x44b%04d" % i for i in range(1, 121)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i in ids:
    if i not in expected_ids:
        errs.append("id out of range: %s" % i)
seen = {}
phone = re.compile(r"(?:\+?62|\b0)8\d{2}[\s-]?\d{3,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append("%s: key order %s" % (rid, list(r.keys())))
    if r["kind"] not in KINDS:
        errs.append("%s: bad kind %s" % (rid, r["kind"]))
    if r["style"] != "longform":
        errs.append("%s: style must be longform" % rid)
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append("%s: length %d" % (rid, len(t)))
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append("%s: %d non-empty lines" % (rid, len(nl)))
    el = r["elements"]
    if list(el.keys()) != ELEMS or any(v not in (0, 1) for v in el.values()):
        errs.append("%s: bad elements %s" % (rid, el))
    want = "illegal_used_import" if all(el[k] == 1 for k in ELEMS) else "legal"
    if r["label"] != want:
        errs.append("%s: label %s != derived %s" % (rid, r["label"], want))
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
        errs.append("%s: category not snake_case" % rid)
    if want == "legal" and not r["category"].startswith("hn_"):
        errs.append("%s: legal record without hn_ category" % rid)
    if want == "illegal_used_import" and r["category"].startswith("hn_"):
        errs.append("%s: illegal record with hn_ category" % rid)
    if phone.search(t):
        errs.append("%s: unmasked phone %s" % (rid, phone.search(t).group()))
    for m in re.finditer(r"\d{9,}", t):
        errs.append("%s: long digit run %s" % (rid, m.group()))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append("%s: duplicate text of %s" % (rid, seen[norm]))
    seen[norm] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / len(recs)
if not (0.65 <= share <= 0.75):
    errs.append("legal share %.3f outside 0.65-0.75" % share)
print("labels:", dict(labels), "legal share %.3f" % share)
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
