"""Build x30a_oneliners.jsonl from the hand-written batches b1..b7 (no text generation here)."""
import json, os, random, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "x30a_oneliners.jsonl")
rows = []
for n in range(1, 8):
    rows.extend(importlib.import_module(f"b{n}").R)
random.Random(19030).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": f"x30a{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(rows), "records ->", OUT)
