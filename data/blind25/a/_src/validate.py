"""Check x47a_oneliners.jsonl against the brief. Prints OK or the problems."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x47a_oneliners.jsonl")
N = 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|\b62|\b0)\s?8\d{2}[\s\-.]?\d{3,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
fam = json.load(open(os.path.join(HERE, "families.json"), encoding="utf-8"))
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"x47a{i:04d}" for i in range(1, N + 1)}:
    errs.append("ids not exactly x47a0001..x47a0300")
seen = {}
for r in recs:
    i = r["id"]
    if list(r) != KEYS:
        errs.append(f"{i}: key order {list(r)}")
    if r["kind"] not in KINDS:
        errs.append(f"{i}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{i}: style")
    t = r["text"]
    if len(t) > 160 or len(t) < 15:
        errs.append(f"{i}: length {len(t)}")
    if "\n" in t or "\r" in t or t != t.strip():
        errs.append(f"{i}: line break or padding")
    if list(r["elements"]) != ELS or any(v not in (0, 1) or type(v) is not int for v in r["elements"].values()):
        errs.append(f"{i}: elements {r['elements']}")
    want = "illegal_used_import" if all(r["elements"][e] == 1 for e in ELS) else "legal"
    if r["label"] != want:
        errs.append(f"{i}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{i}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{i}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{i}: illegal category with hn_")
    if PHONE.search(t):
        errs.append(f"{i}: unmasked phone {PHONE.search(t).group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{i}: duplicate text of {seen[norm]}")
    seen[norm] = i
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f}")
# families: adjacency, distinct categories, sizes 2-4, one element apart from the start
for a, b in zip(recs, recs[1:]):
    if fam[a["id"]] == fam[b["id"]]:
        errs.append(f"family members adjacent: {a['id']} {b['id']}")
groups = collections.defaultdict(list)
for r in recs:
    groups[fam[r["id"]]].append(r)
for f, members in groups.items():
    if not 2 <= len(members) <= 4:
        errs.append(f"family {f} size {len(members)}")
    cats = [m["category"] for m in members]
    if len(set(cats)) != len(cats):
        errs.append(f"family {f} repeats a category")


def check_families():
    """Each non-start member differs from its family's start by exactly one element."""
    sys.path.insert(0, HERE)
    import build
    rows = build.load()
    start, bad = {}, []
    for r in rows:
        f = r["family"]
        if f not in start:
            start[f] = r["el"]
            continue
        diff = sum(a != b for a, b in zip(start[f], r["el"]))
        if diff != 1:
            bad.append(f"{f}: {start[f]} -> {r['el']} ({diff} changes)")
    return bad


errs.extend(check_families())
if errs:
    print("\n".join(errs[:80]))
    print(f"{len(errs)} problems")
    sys.exit(1)
print("OK")
