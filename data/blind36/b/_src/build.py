"""Build x69b_longform.jsonl from the hand-written batches (no generation, no templates)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3, batch4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x69b_longform.jsonl")
SEED = 6902
PREFIX = "x69b"

def main():
    rows = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS
    rows = list(rows)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, el, text) in enumerate(rows, 1):
            o, u, c, a = el
            elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text.strip(), "label": label,
                   "category": category, "style": "longform", "elements": elements}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
