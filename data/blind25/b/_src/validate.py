"""Check x47b_longform.jsonl against the brief; prints OK when everything passes."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

PATH = os.path.join(HERE, "..", "x47b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
errors = []
def err(m): errors.append(m)

rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(rows) != N: err(f"expected {N} records, got {len(rows)}")
want_ids = {f"x47b{i:04d}" for i in range(1, N + 1)}
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids): err("duplicate ids")
for i in ids:
    if i not in want_ids: err(f"id out of range: {i}")

phone = re.compile(r"(\+?62|\b0)8\d[\d\s.-]{5,}")
seen = {}
for r in rows:
    rid = r["id"]
    if list(r.keys()) != KEYS: err(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform": err(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500): err(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): err(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != ELS: err(f"{rid}: element keys {list(el.keys())}")
    for k in ELS:
        if el.get(k) not in (0, 1): err(f"{rid}: element {k}={el.get(k)}")
    lab = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != lab: err(f"{rid}: label {r['label']} != derived {lab}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err(f"{rid}: category not snake_case")
    if (r["label"] == "legal") != r["category"].startswith("hn_"): err(f"{rid}: hn_ prefix mismatch")
    if phone.search(t): err(f"{rid}: unmasked phone number: {phone.search(t).group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: err(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

legal = sum(r["label"] == "legal" for r in rows)
share = legal / max(len(rows), 1)
if not (0.50 <= share <= 0.60): err(f"legal share {share:.3f} outside 50-60%")

# family checks (families come from the sources; the output has no family field)
src = build.load()
fam_of = {s["text"]: s["fam"] for s in src}
fams = defaultdict(list)
for pos, r in enumerate(rows):
    if r["text"] not in fam_of: err(f"{r['id']}: text not found in sources")
    else: fams[fam_of[r["text"]]].append((pos, r))
for f, mem in fams.items():
    if not (2 <= len(mem) <= 4): err(f"family {f}: size {len(mem)}")
    cats = [m[1]["category"] for m in mem]
    if len(set(cats)) != len(cats): err(f"family {f}: repeated category {cats}")
    kinds = {m[1]['kind'] for m in mem}
    pos = sorted(m[0] for m in mem)
    if any(b - a == 1 for a, b in zip(pos, pos[1:])): err(f"family {f}: members adjacent")
    vecs = [tuple(m[1]["elements"][k] for k in ELS) for m in mem]
    if len(set(vecs)) != len(vecs): err(f"family {f}: two members with identical elements")
    for i, v in enumerate(vecs):
        if not any(sum(a != b for a, b in zip(v, w)) == 1 for j, w in enumerate(vecs) if j != i):
            err(f"family {f}: member {mem[i][1]['id']} is not one element away from any other member")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print("OK", Counter(r["label"] for r in rows), f"legal share {share:.3f}")
