"""Build x39a_oneliners.jsonl from the hand-written batches. Labels derived here."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3, batch4, batch5, batch6

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x39a_oneliners.jsonl")
rows = []
for b in (batch1, batch2, batch3, batch4, batch5, batch6):
    rows.extend(b.RECORDS)
random.Random(3901).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": f"x39a{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
