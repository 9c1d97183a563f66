"""Check x48b_longform.jsonl against the brief; prints OK or the list of problems."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

PATH = os.path.join(HERE, "..", "x48b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 150

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x48b{i:04d}" for i in range(1, N + 1)}
for i in ids:
    if i not in want:
        errs.append(f"id out of range: {i}")
seen = {}
phone = re.compile(r"(\+62|\b0)8\d[\d\s.-]{5,}")
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{rid}: element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    lines = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} non-empty lines")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1):
            errs.append(f"{rid}: element {k} not 0/1")
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if lab == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category without hn_")
    if lab != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal category with hn_")
    for m in phone.finditer(t):
        errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    for m in re.finditer(r"08\d\d\S*", t):
        if not m.group(0).startswith("0812xxxx"):
            errs.append(f"{rid}: phone not masked as 0812xxxx: {m.group(0)!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(1, len(recs))
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")

# family checks against the hand-written sources
src = build.all_records()
fam_of = {s["text"]: s["family"] for s in src}
fams = collections.defaultdict(list)
for pos, r in enumerate(recs):
    f = fam_of.get(r["text"])
    if f is None:
        errs.append(f"{r['id']}: text not found in _src")
        continue
    fams[f].append((pos, r))
for f, mem in fams.items():
    if not (2 <= len(mem) <= 4):
        errs.append(f"{f}: size {len(mem)}")
    cats = [m[1]["category"] for m in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"{f}: repeated category")
    pos = sorted(m[0] for m in mem)
    if any(b - a == 1 for a, b in zip(pos, pos[1:])):
        errs.append(f"{f}: members adjacent")
    # each member must differ from some other member of the family in exactly one element
    vecs = [tuple(m[1]["elements"][k] for k in EKEYS) for m in mem]
    for v in vecs:
        if not any(sum(x != y for x, y in zip(v, w)) == 1 for w in vecs if w is not v):
            errs.append(f"{f}: member {v} not a one-element twin of any other member")
    if len(set(vecs)) != len(vecs):
        errs.append(f"{f}: two members with identical elements")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
