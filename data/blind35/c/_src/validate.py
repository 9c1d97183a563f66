"""Validate x68c_oneliners.jsonl; prints OK when all checks pass."""
import collections, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import load_rows

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x68c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
FAMOUS = re.compile(r"thrift|\bbal\b|balpres|ballpres|bekas impor|cakar|monza|monja|awul", re.I)
errs = []

recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
if len(recs) != 300:
    errs.append(f"expected 300 records, got {len(recs)}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x68c-{n:04d}" for n in range(1, 301)}
for i in ids:
    if i not in want:
        errs.append(f"id out of range {i}")
seen = {}
for r in recs:
    if list(r.keys()) != KEYS:
        errs.append(f"{r['id']} key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{r['id']} element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{r['id']} kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{r['id']} style")
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append(f"{r['id']} length/linebreak {len(t)}")
    e = r["elements"]
    if any(v not in (0, 1) or type(v) is not int for v in e.values()):
        errs.append(f"{r['id']} element not 0/1")
    lab = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{r['id']} label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{r['id']} category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{r['id']} legal category must start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{r['id']} illegal category starts with hn_")
    # phones: any run of 8+ digits (ignoring separators) starting 08/62 must be masked
    for m in re.finditer(r"(?:\+?62|0)8[\d\- ]{6,}", t):
        errs.append(f"{r['id']} unmasked phone {m.group()}")
    for m in re.finditer(r"\d{9,}", t):
        errs.append(f"{r['id']} long digit run {m.group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{r['id']} duplicate text of {seen[norm]}")
    seen[norm] = r["id"]
    if r["category"] == "twin_offer_quiet" and FAMOUS.search(t):
        errs.append(f"{r['id']} quiet offer uses a famous word: {FAMOUS.search(t).group()}")
    if r["category"] == "twin_offer_loud" and not FAMOUS.search(t):
        errs.append(f"{r['id']} loud offer without a famous word")

legal = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not 0.50 <= legal <= 0.60:
    errs.append(f"legal share {legal:.3f}")

# family checks from the sources
rows = load_rows()
fam = collections.defaultdict(list)
for row in rows:
    fam[row[0]].append(row)
text2fam = {re.sub(r"\s+", " ", row[3].lower()).strip(): row[0] for row in rows}
for f, mem in fam.items():
    if not 2 <= len(mem) <= 4:
        errs.append(f"family {f} size {len(mem)}")
    cats = [m[2] for m in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"family {f} repeats a category {cats}")
    # each member differs from some other member in exactly one element
    for m in mem:
        ok = any(sum(a != b for a, b in zip(m[4:], o[4:])) == 1 for o in mem if o is not m)
        if not ok:
            errs.append(f"family {f}: member has no one-element twin: {m[3][:50]}")
fams_in_order = [text2fam[re.sub(r"\s+", " ", r["text"].lower()).strip()] for r in recs]
for i in range(1, len(fams_in_order)):
    if fams_in_order[i] == fams_in_order[i - 1]:
        errs.append(f"family {fams_in_order[i]} members adjacent at {recs[i]['id']}")

if errs:
    print("\n".join(errs[:80]))
    print(f"{len(errs)} problems")
    sys.exit(1)
print("OK")
