"""Builds x61b_oneliners.jsonl from the hand-written lists in b1..b7.py."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1, b2, b3, b4, b5, b6, b7

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x61b_oneliners.jsonl")
recs = b1.RECS + b2.RECS + b3.RECS + b4.RECS + b5.RECS + b6.RECS + b7.RECS
rows = []
for fam, kind, cat, o, u, c, a, text in recs:
    label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
    rows.append({"family": fam, "kind": kind, "text": text, "label": label, "category": cat,
                 "style": "oneliner", "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
random.Random(6102).shuffle(rows)
# deterministic repair: family members must not sit next to each other
changed = True
while changed:
    changed = False
    for i in range(len(rows) - 1):
        if rows[i]["family"] == rows[i + 1]["family"]:
            for j in range(len(rows) - 1, i + 1, -1):
                cand = rows[:]
                cand[i + 1], cand[j] = cand[j], cand[i + 1]
                if all(cand[k]["family"] != cand[k + 1]["family"] for k in range(max(0, i - 1), len(cand) - 1)
                       if k in (i, i + 1, j - 1, j)):
                    rows = cand; changed = True; break
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"x61b-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
# family map kept outside the data file, for the README and validation
with open(os.path.join(os.path.dirname(OUT), "_src", "families.json"), "w") as f:
    json.dump({f"x61b-{i:04d}": r["family"] for i, r in enumerate(rows, 1)}, f)
print(len(rows), "records written")
