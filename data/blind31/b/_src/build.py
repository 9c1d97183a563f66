"""Build x62b_longform.jsonl from the hand-written lists in b1..b4.py."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b1 import B1
from b2 import B2
from b3 import B3
from b4 import B4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x62b_longform.jsonl")
PREFIX, SEED, STYLE = "x62b", 6202, "longform"

def main():
    rows = B1 + B2 + B3 + B4
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, el, text) in enumerate(rows, 1):
            o, u, c, a = el
            rec = {
                "id": f"{PREFIX}-{i:04d}",
                "kind": kind,
                "text": text.strip(),
                "label": "illegal_used_import" if (o and u and c and a) else "legal",
                "category": cat,
                "style": STYLE,
                "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
