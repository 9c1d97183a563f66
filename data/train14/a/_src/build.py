"""Build x59a_oneliners.jsonl from the hand-written batches b1..b7."""
import json, random, os, collections
import b1, b2, b3, b4, b5, b6, b7

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x59a_oneliners.jsonl")
SEED = 5901

rows = []
for mod in (b1, b2, b3, b4, b5, b6, b7):
    rows.extend(mod.R)

rng = random.Random(SEED)
rng.shuffle(rows)
# deterministic fix-up: no two members of one family next to each other
for _ in range(20):
    moved = False
    for i in range(1, len(rows)):
        if rows[i][0] == rows[i - 1][0]:
            for j in range(len(rows)):
                a = rows[j - 1][0] if j > 0 else None
                b = rows[j + 1][0] if j + 1 < len(rows) else None
                if j not in (i, i - 1) and rows[j][0] != rows[i][0] and a != rows[i][0] and b != rows[i][0] \
                        and rows[i - 1][0] != rows[j][0] and (i + 1 >= len(rows) or rows[i + 1][0] != rows[j][0]):
                    rows[i], rows[j] = rows[j], rows[i]
                    moved = True
                    break
    if not moved:
        break

recs, fams = [], []
for n, (fam, kind, cat, o, u, c, a, text) in enumerate(rows, 1):
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(el.values()) else "legal"
    recs.append({"id": f"x59a-{n:04d}", "kind": kind, "text": text, "label": label,
                 "category": cat, "style": "oneliner", "elements": el})
    fams.append(fam)

with open(OUT, "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as f:
    json.dump(dict(zip([r["id"] for r in recs], fams)), f, ensure_ascii=False, indent=0)

lab = collections.Counter(r["label"] for r in recs)
print(len(recs), dict(lab))
