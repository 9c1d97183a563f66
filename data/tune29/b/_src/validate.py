"""Validate x65b_oneliners.jsonl against BRIEF.md rules. Prints OK or the list of problems."""
import collections, glob, importlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x65b_oneliners.jsonl")
N, PREFIX = 300, "x65b-"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|\b62|\b0)\s?8\d[\d\s.-]{4,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}:
    errs.append("ids not exactly the range x65b-0001..x65b-0300")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS:
        errs.append(f"{rid}: kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        errs.append(f"{rid}: style {r.get('style')}")
    t = r.get("text", "")
    if not t or len(t) > 160 or "\n" in t or "\r" in t:
        errs.append(f"{rid}: length/linebreak ({len(t)})")
    el = r.get("elements", {})
    if list(el.keys()) != ELS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in ELS):
        errs.append(f"{rid}: elements {el}")
        continue
    want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r.get("label") != want:
        errs.append(f"{rid}: label {r.get('label')} != {want}")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: category {cat!r}")
    if want == "legal" and not cat.startswith("hn_"):
        errs.append(f"{rid}: legal record category must start with hn_")
    if want != "legal" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone number")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r.get("label") == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f} outside 50-60%")

# family checks, using the hand-written sources
sys.path.insert(0, HERE)
fam_of, fams = {}, collections.defaultdict(list)
for f in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
    for rec in importlib.import_module(os.path.basename(f)[:-3]).RECORDS:
        fam_of[rec[7]] = rec[0]
        fams[rec[0]].append(rec)
for fam, members in fams.items():
    if not 2 <= len(members) <= 4:
        errs.append(f"family {fam} has {len(members)} members")
    cats = [m[2] for m in members]
    if len(set(cats)) != len(cats):
        errs.append(f"family {fam} repeats a category")
order = [fam_of.get(r["text"]) for r in recs]
if None in order:
    errs.append("record text not found in sources")
for i in range(len(order) - 1):
    if order[i] == order[i + 1]:
        errs.append(f"family {order[i]} adjacent at {recs[i]['id']}/{recs[i+1]['id']}")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK ({len(recs)} records, legal share {share:.1%})")
