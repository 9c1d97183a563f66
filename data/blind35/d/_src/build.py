"""Build x68d_oneliners.jsonl from the hand-written batches b01..b07."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "x68d_oneliners.jsonl")
PREFIX, SEED = "x68d", 6804

rows = []
for i in range(1, 8):
    rows.extend(importlib.import_module(f"b{i:02d}").R)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for n, (kind, cat, offer, used, cloth, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": cloth, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{n:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
