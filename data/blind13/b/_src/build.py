"""Build x19b_longform.jsonl from the hand-written batches b1..b4."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b1 import R as R1
from b2 import R as R2
from b3 import R as R3
from b4 import R as R4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x19b_longform.jsonl")
KEYS = ("offer", "used", "clothing", "abroad")

def main():
    rows = R1 + R2 + R3 + R4
    recs = []
    for i, (kind, cat, el, text) in enumerate(rows, 1):
        text = text.strip("\n")
        elements = dict(zip(KEYS, el))
        label = "illegal_used_import" if all(v == 1 for v in el) else "legal"
        recs.append({"id": f"x19b{i:04d}", "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "longform", "elements": elements})
    random.Random(1913).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
