"""Build x72b_oneliners.jsonl from the hand-written batches b1..b7."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "x72b_oneliners.jsonl")
PREFIX, SEED = "x72b", 7202

rows = []
for name in ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]:
    rows.extend(importlib.import_module(name).ROWS)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
