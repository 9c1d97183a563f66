"""Validate x65a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x65a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 300
errs = []
ids, norm = set(), Counter()
labels = Counter()
with open(PATH, encoding="utf-8") as f:
    lines = [l for l in f.read().split("\n") if l.strip()]
if len(lines) != N:
    errs.append("expected %d records, got %d" % (N, len(lines)))
valid_ids = {"x65a-%04d" % i for i in range(1, N + 1)}
phone_re = re.compile(r"(?:\+?62[\s-]?8|\b08)[\d\s-]{5,}")
masked_re = re.compile(r"\b08\d{2}x{4}\b")
for ln, line in enumerate(lines, 1):
    r = json.loads(line)
    if list(r.keys()) != KEYS:
        errs.append("%d key order %s" % (ln, list(r.keys())))
        continue
    if r["id"] in ids: errs.append("dup id " + r["id"])
    ids.add(r["id"])
    if r["id"] not in valid_ids: errs.append("id out of range " + r["id"])
    if r["kind"] not in KINDS: errs.append("%s bad kind %s" % (r["id"], r["kind"]))
    if r["style"] != "oneliner": errs.append("%s bad style" % r["id"])
    t = r["text"]
    if not (1 <= len(t) <= 160): errs.append("%s length %d" % (r["id"], len(t)))
    if "\n" in t or "\r" in t: errs.append("%s has line break" % r["id"])
    if t != t.strip(): errs.append("%s surrounding whitespace" % r["id"])
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append("%s element keys" % r["id"])
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append("%s element not 0/1" % r["id"])
    exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp: errs.append("%s label mismatch" % r["id"])
    labels[r["label"]] += 1
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat): errs.append("%s category not snake_case" % r["id"])
    if exp == "legal" and not cat.startswith("hn_"): errs.append("%s legal category without hn_" % r["id"])
    if exp != "legal" and cat.startswith("hn_"): errs.append("%s illegal record with hn_ category" % r["id"])
    if phone_re.search(masked_re.sub("", t)): errs.append("%s unmasked phone" % r["id"])
    norm[re.sub(r"\s+", " ", t.lower()).strip()] += 1
for k, v in norm.items():
    if v > 1: errs.append("duplicate text: " + k[:60])
if ids != valid_ids: errs.append("ids do not cover full range")
share = labels["legal"] / max(1, sum(labels.values()))
if not (0.70 <= share <= 0.80): errs.append("legal share %.3f" % share)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("records", len(lines), dict(labels), "legal share %.3f" % share)
print("OK")
