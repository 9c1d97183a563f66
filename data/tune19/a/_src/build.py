"""Build x36a_oneliners.jsonl from the hand-written lists in b1..b7."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b1 import B1
from b2 import B2
from b3 import B3
from b4 import B4
from b5 import B5
from b6 import B6
from b7 import B7

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x36a_oneliners.jsonl")
rows = B1 + B2 + B3 + B4 + B5 + B6 + B7
random.Random(3601).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"x36a{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
