"""Build x60c_oneliners.jsonl from the hand-written entries in b1..b7."""
import json
import os
import random

import b1, b2, b3, b4, b5, b6, b7

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x60c_oneliners.jsonl")

entries = []
for mod in (b1, b2, b3, b4, b5, b6, b7):
    entries.extend(mod.ENTRIES)

random.Random(6003).shuffle(entries)

with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, category, (o, u, c, a), text) in enumerate(entries, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"x60c-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": category, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(entries), "records to", OUT)
