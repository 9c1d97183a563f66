"""Validate x76a_oneliners.jsonl (and the family structure in the b*.py sources). Prints OK."""
import json, os, re, sys
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import load_rows, OUT

KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 300
LOUD = re.compile(r"thrift|\bbal\b|balpres|ballpres|bekas impor|cakar|monza|awul", re.I)
PHONE = re.compile(r"(?:\+62|\b62|\b0)8\d{2}[\s.-]?\d{3,}")
errs = []

recs = [json.loads(l) for l in open(OUT, encoding="utf-8")]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x76a-{i:04d}" for i in range(1, N + 1)}
if set(ids) - want:
    errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
seen = {}
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{rid}: element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append(f"{rid}: length/line ({len(t)})")
    e = r["elements"]
    if any(v not in (0, 1) or type(v) is not int for v in e.values()):
        errs.append(f"{rid}: element values")
    lab = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if lab == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category must start with hn_")
    if lab != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone")
    if "quiet" in r["category"] and LOUD.search(t):
        errs.append(f"{rid}: quiet offer uses a famous word")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
share = sum(r["label"] == "legal" for r in recs) / len(recs)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f}")

# family structure (source lists)
rows = load_rows()
fams = defaultdict(list)
for row in rows:
    fams[row[0]].append(row)
text2fam = {row[7]: row[0] for row in rows}
for fam, mem in fams.items():
    if not 2 <= len(mem) <= 4:
        errs.append(f"{fam}: size {len(mem)}")
    cats = [m[2] for m in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"{fam}: shared category")
    base = mem[0][3:7]
    for m in mem[1:]:
        if sum(x != y for x, y in zip(base, m[3:7])) != 1:
            errs.append(f"{fam}: member differs from base in != 1 element: {m[7][:40]}")
for a, b in zip(recs, recs[1:]):
    if text2fam[a["text"]] == text2fam[b["text"]]:
        errs.append(f"{a['id']}/{b['id']}: family members adjacent")

if errs:
    print("\n".join(errs[:60]))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print("OK")
