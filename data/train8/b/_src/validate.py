import json, re, os, sys
from collections import Counter
path = os.path.join(os.path.dirname(__file__), "..", "x32b_longform.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
errs = []
recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
ids = set(); seen = {}
valid_ids = {"x32b%04d" % i for i in range(1, 151)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if list(r["elements"].keys()) != ["offer","used","clothing","abroad"]: errs.append((rid, "element keys"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if rid not in valid_ids: errs.append((rid, "id out of range"))
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "longform": errs.append((rid, "style"))
    t = r["text"]
    if not (150 <= len(t) <= 1500): errs.append((rid, "length %d" % len(t)))
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): errs.append((rid, "lines %d" % len(nl)))
    el = r["elements"]
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append((rid, "element value"))
    lab = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    if r["label"] != lab: errs.append((rid, "label"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    if lab == "legal" and not r["category"].startswith("hn_") and el["offer"] == 1 and el["clothing"] == 1:
        pass
    if re.search(r"(?:\+?62|\b0)8\d[\d\s\-.]{5,}", t): errs.append((rid, "unmasked phone"))
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append((rid, "dup text with " + seen[key]))
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs)
if not (0.65 <= share <= 0.75): errs.append(("-", "legal share %.3f" % share))
if errs:
    for e in errs: print(e)
    print("FAIL", len(errs))
    sys.exit(1)
print("records", len(recs), "legal share %.3f" % share)
print("OK")
