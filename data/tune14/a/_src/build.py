"""Build x20a_oneliners.jsonl from the hand-written batches b1..b7."""
import json, os, random
import b1, b2, b3, b4, b5, b6, b7

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x20a_oneliners.jsonl")

recs = []
for mod in (b1, b2, b3, b4, b5, b6, b7):
    recs.extend(mod.RECS)

random.Random(20240614).shuffle(recs)
rows = []
for i, (kind, cat, o, u, c, a, text) in enumerate(recs, start=1):
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    rows.append({"id": "x20a%04d" % i, "kind": kind, "text": text, "label": label,
                 "category": cat, "style": "oneliner", "elements": el})

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
