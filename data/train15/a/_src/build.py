# Build x61a_oneliners.jsonl from hand-written batches b1..bN.
import json, random, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROWS = []
for n in range(1, 20):
    fn = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"b{n}.py")
    if os.path.exists(fn):
        m = importlib.import_module(f"b{n}")
        for r in m.ROWS:
            ROWS.append((n,) + r)
recs = []
for (b, fam, kind, cat, o, u, c, a, text) in ROWS:
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    recs.append({"fam": f"b{b}f{fam}", "kind": kind, "text": text, "label": label,
                 "category": cat, "style": "oneliner", "elements": el})
random.Random(6101).shuffle(recs)

def bad(k):
    # True if record k sits next to a member of its own family
    return any(0 <= m < len(recs) and recs[m]["fam"] == recs[k]["fam"] for m in (k - 1, k + 1))

# deterministic repair: family members must not sit next to each other
changed = True
while changed:
    changed = False
    for i in range(len(recs) - 1):
        if recs[i]["fam"] == recs[i + 1]["fam"]:
            for j in range(len(recs)):
                if abs(j - (i + 1)) <= 1:
                    continue
                recs[i + 1], recs[j] = recs[j], recs[i + 1]
                if not bad(i + 1) and not bad(j):
                    break
                recs[i + 1], recs[j] = recs[j], recs[i + 1]
            changed = True
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x61a_oneliners.jsonl")
fams = {}
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        fams.setdefault(r["fam"], []).append(i)
        d = {"id": f"x61a-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
             "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
json.dump({f"x61a-{x:04d}": k for k, v in fams.items() for x in v},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "families.json"), "w"), indent=0)
adj = sum(1 for v in fams.values() for x in v if x + 1 in v)
sizes = {}
for v in fams.values():
    sizes[len(v)] = sizes.get(len(v), 0) + 1
print(len(recs), "records;", len(fams), "families; sizes", sizes, "; adjacent family pairs:", adj)
