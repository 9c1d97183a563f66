"""Build x72a_oneliners.jsonl from the hand-written batches in _src/batch_*.py.
Labels are derived here from the four elements, never typed."""
import glob, json, os, random, itertools, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x72a_oneliners.jsonl")
SEED = 7201
PREFIX, START = "x72a", 1

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
    ns = {}
    exec(open(path, encoding="utf-8").read(), ns)
    rows.extend(ns["R"])

def label(o, u, c, a):
    return "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"

# family checks: categories distinct, every member one element away from another member
fams = collections.defaultdict(list)
for r in rows:
    fams[r[0]].append(r)
problems = []
for f, mem in fams.items():
    if not 2 <= len(mem) <= 4:
        problems.append(f"{f}: size {len(mem)}")
    cats = [m[2] for m in mem]
    if len(set(cats)) != len(cats):
        problems.append(f"{f}: repeated category")
    for m in mem:
        ok = any(sum(x != y for x, y in zip(m[3:7], n[3:7])) == 1 for n in mem if n is not m)
        if not ok:
            problems.append(f"{f}: member without one-element twin: {m[7][:40]}")
    if len({m[7] for m in mem}) != len(mem):
        problems.append(f"{f}: identical texts")
if problems:
    raise SystemExit("family problems:\n" + "\n".join(problems))

rng = random.Random(SEED)
order = list(rows)
for attempt in itertools.count():
    rng.shuffle(order)
    if all(order[i][0] != order[i + 1][0] for i in range(len(order) - 1)):
        break

with open(OUT, "w", encoding="utf-8") as fh:
    for i, (fam, kind, cat, o, u, c, a, text) in enumerate(order):
        rec = {
            "id": f"{PREFIX}-{START + i:04d}",
            "kind": kind,
            "text": text,
            "label": label(o, u, c, a),
            "category": cat,
            "style": "oneliner",
            "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
        }
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

sizes = collections.Counter(len(m) for m in fams.values())
print(f"wrote {len(order)} records to {os.path.basename(OUT)} (shuffle attempts: {attempt + 1})")
print("families:", len(fams), "sizes:", dict(sorted(sizes.items())))

ill = sum(all(r[3:7]) for r in rows)
fail = collections.Counter()
multi = 0
for r in rows:
    if not all(r[3:7]):
        missing = [k for k, v in zip(["offer", "used", "clothing", "abroad"], r[3:7]) if v == 0]
        fail.update(missing)
        multi += len(missing) > 1
print(f"illegal {ill}, legal {len(rows) - ill}; legal failing element counts {dict(fail)}; legal failing 2+: {multi}")
