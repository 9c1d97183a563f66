"""Build x33b_longform.jsonl from the hand-written batches in b1..b5."""
import json, os, random
from b1 import B1
from b2 import B2
from b3 import B3
from b4 import B4
from b5 import B5

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x33b_longform.jsonl")
SEED = 18034

def main():
    rows = B1 + B2 + B3 + B4 + B5
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"x33b{i:04d}", "kind": kind, "text": text.strip(), "label": label,
                   "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
