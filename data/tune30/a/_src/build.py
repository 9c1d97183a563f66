import json, random, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x70a_oneliners.jsonl")
rows = []
for f in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
    ns = {}
    exec(open(f, encoding="utf-8").read(), ns)
    rows += ns["R"]
def label(o, u, c, a):
    return "illegal_used_import" if (o and u and c and a) else "legal"
rng = random.Random(7001)
rng.shuffle(rows)
# keep members of a family apart: move any record that sits next to a relative
def clash(i):
    return any(0 <= j < len(rows) and j != i and rows[j][0] == rows[i][0] for j in (i - 1, i + 1))
for _ in range(10000):
    bad = [i for i in range(len(rows)) if clash(i)]
    if not bad:
        break
    i = bad[0]
    j = rng.randrange(len(rows))
    rows[i], rows[j] = rows[j], rows[i]
    if clash(i) or clash(j):
        rows[i], rows[j] = rows[j], rows[i]
recs = []
for i, (fam, kind, cat, o, u, c, a, text) in enumerate(rows, 1):
    recs.append({"id": "x70a-%04d" % i, "kind": kind, "text": text,
                 "label": label(o, u, c, a), "category": cat, "style": "oneliner",
                 "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
with open(OUT, "w", encoding="utf-8") as fh:
    for r in recs:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
# family map kept beside the data for the README and checks
with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as fh:
    json.dump({r["id"]: fam for r, (fam, *_rest) in zip(recs, rows)}, fh)
print("wrote", len(recs))
