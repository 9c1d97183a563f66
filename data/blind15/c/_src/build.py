"""Build x22c_oneliners.jsonl from the hand-written batches b1..b6."""
import json, os, random
import b1, b2, b3, b4, b5, b6

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x22c_oneliners.jsonl")

rows = []
for mod in (b1, b2, b3, b4, b5, b6):
    rows.extend(mod.RECORDS)

rng = random.Random(2215)
rng.shuffle(rows)

with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"x22c{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
