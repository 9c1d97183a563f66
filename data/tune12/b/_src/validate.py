"""Validate x16b_longform.jsonl against the brief."""
import json, re, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x16b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(\+62|\b62|\b0)8\d[\d\- ]{5,}\d")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), Counter()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if list(r["elements"].keys()) != EKEYS: errs.append((rid, "element keys"))
    m = re.fullmatch(r"x16b-(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= 150): errs.append((rid, "id range"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "longform": errs.append((rid, "style"))
    t = r["text"]
    if not (150 <= len(t) <= 1500): errs.append((rid, "length %d" % len(t)))
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): errs.append((rid, "lines %d" % len(nl)))
    el = r["elements"]
    if any(el[k] not in (0, 1) for k in EKEYS): errs.append((rid, "element value"))
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append((rid, "category"))
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and r["category"] not in ("ordinary",):
        pass
    if PHONE.search(t): errs.append((rid, "unmasked phone: " + PHONE.search(t).group(0)))
    norm[re.sub(r"\s+", " ", t.lower()).strip()] += 1
for t, n in norm.items():
    if n > 1: errs.append((t[:40], "duplicate text"))
if len(recs) > 150: errs.append(("-", "too many records"))
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(1, len(recs))
if not (0.50 <= share <= 0.60): errs.append(("-", "legal share %.3f" % share))
for e in errs: print("ERR", *e)
print("records", len(recs), "legal", legal, "share %.3f" % share)
print(Counter(r["label"] for r in recs))
print(Counter(r["kind"] for r in recs))
print(sorted(Counter(r["category"] for r in recs).items()))
if errs: sys.exit(1)
print("OK")
