"""Validate x13b_longform.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x13b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), Counter()
valid_ids = {"x13b-%04d" % i for i in range(1, 201)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if rid in ids: errs.append((rid, "duplicate id"))
    ids.add(rid)
    if rid not in valid_ids: errs.append((rid, "id out of range"))
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "longform": errs.append((rid, "style"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    t = r["text"]
    if not 150 <= len(t) <= 1500: errs.append((rid, "length %d" % len(t)))
    nl = [x for x in t.split("\n") if x.strip()]
    if not 2 <= len(nl) <= 15: errs.append((rid, "lines %d" % len(nl)))
    e = r["elements"]
    if list(e.keys()) != EKEYS or any(e[k] not in (0, 1) for k in EKEYS): errs.append((rid, "elements"))
    want = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if r["category"].startswith("hn_") and r["label"] != "legal": errs.append((rid, "hn_ not legal"))
    for m in re.finditer(r"(?:\+?62|0)8\d[\dxX\- ]{5,}", t):
        if not re.fullmatch(r"08\d\dxxxx", m.group(0).strip()): errs.append((rid, "phone " + m.group(0)))
    if re.search(r"\d{9,}", t.replace(".", "")): errs.append((rid, "long digit run"))
    norm[re.sub(r"\s+", " ", t.lower()).strip()] += 1
for k, v in norm.items():
    if v > 1: errs.append((k[:40], "duplicate text"))
if len(recs) != 200: errs.append(("-", "count %d" % len(recs)))
legal = sum(r["label"] == "legal" for r in recs) / len(recs)
if not 0.50 <= legal <= 0.60: errs.append(("-", "legal share %.2f" % legal))
for x in errs: print("ERR", x)
print(Counter(r["label"] for r in recs))
print("OK" if not errs else "FAIL (%d)" % len(errs))
sys.exit(1 if errs else 0)
