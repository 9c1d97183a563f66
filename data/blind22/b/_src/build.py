"""Build x40b_longform.jsonl from the hand-written batches. Labels are derived, never typed."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch1 import B1
from batch2 import B2
from batch3 import B3
from batch4 import B4
from batch5 import B5

SEED = 4002
PREFIX = "x40b"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x40b_longform.jsonl")

def main():
    rows = []
    for kind, cat, o, u, c, a, text in B1 + B2 + B3 + B4 + B5:
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text.strip(), "label": label, "category": cat,
                     "style": "longform", "elements": el})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
