"""Build x38a_oneliners.jsonl from the hand-written batches b1..b6."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1, b2, b3, b4, b5, b6

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x38a_oneliners.jsonl")
SEED = 3801
PREFIX, START = "x38a", 1

rows = b1.ROWS + b2.ROWS + b3.ROWS + b4.ROWS + b5.ROWS + b6.ROWS
random.Random(SEED).shuffle(rows)
records = []
for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(el.values()) else "legal"
    records.append({"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                    "category": cat, "style": "oneliner", "elements": el})
with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(records)} records to {OUT}")
