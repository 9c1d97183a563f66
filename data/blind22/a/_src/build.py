"""Build x40a_oneliners.jsonl from the hand-written batches b1..b6 (style oneliner only)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b1 import B1
from b2 import B2
from b3 import B3
from b4 import B4
from b5 import B5
from b6 import B6

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x40a_oneliners.jsonl")
ROWS = B1 + B2 + B3 + B4 + B5 + B6

def main():
    recs = []
    for kind, cat, o, u, c, a, text in ROWS:
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "oneliner", "elements": el})
    random.Random(4001).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            rec = {"id": f"x40a{i:04d}", **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
