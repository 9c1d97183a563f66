"""Check x51b_longform.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PATH = os.path.join(os.path.dirname(HERE), "x51b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N, PREFIX = 150, "x51b"
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
valid_ids = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
seen_norm = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids:
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) for k in EKEYS):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    # phone numbers must be masked: no run of 5+ digits starting with 0 or +62
    if re.search(r"(\+?62|\b0)[\d\-\s]{6,}\d", t):
        errs.append(f"{rid}: unmasked phone number?")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_norm:
        errs.append(f"{rid}: duplicate text of {seen_norm[norm]}")
    seen_norm[norm] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")

# family checks from the sources: sizes 2-4, distinct categories, every member one element away from another member
import batch1, batch2, batch3, batch4
fam = defaultdict(list)
for f, kind, cat, e, text in batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS:
    fam[f].append((cat, e, re.sub(r"\s+", " ", text.strip().lower())))
pos = {re.sub(r"\s+", " ", r["text"].lower()).strip(): i for i, r in enumerate(recs)}
for f, mem in fam.items():
    if not (2 <= len(mem) <= 4):
        errs.append(f"family {f}: size {len(mem)}")
    cats = [m[0] for m in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"family {f}: repeated category")
    for cat, e, _ in mem:
        if not any(sum(a != b for a, b in zip(e, e2)) == 1 for _, e2, _ in mem):
            errs.append(f"family {f}: member {cat} is not one element away from any other member")
    ps = sorted(pos[m[2]] for m in mem if m[2] in pos)
    if any(b - a == 1 for a, b in zip(ps, ps[1:])):
        errs.append(f"family {f}: members adjacent in output")

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
