"""Build x37b_longform.jsonl from the hand-written batches (no text generation here)."""
import json, os, random
import batch1, batch2, batch3, batch4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x37b_longform.jsonl")

rows = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS
random.Random(3702).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": f"x37b{i:04d}", "kind": kind, "text": text.strip("\n"), "label": label,
               "category": cat, "style": "longform", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", OUT)
