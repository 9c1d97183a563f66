"""Build x43b_longform.jsonl from the hand-written batches b1-b3."""
import json, os, random
from b1 import B1
from b2 import B2
from b3 import B3

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x43b_longform.jsonl")

rows = []
for kind, cat, o, u, c, a, text in B1 + B2 + B3:
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    rows.append({"kind": kind, "text": text.strip(), "label": label,
                 "category": cat, "style": "longform", "elements": el})

random.Random(4302).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"x43b{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
