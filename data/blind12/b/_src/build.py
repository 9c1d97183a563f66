"""Build x17b_longform.jsonl from the hand-written batches in _src/batch*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4, batch5

OUT = os.path.join(os.path.dirname(HERE), "x17b_longform.jsonl")
PREFIX, START = "x17b", 1

def main():
    recs = []
    for m in (batch1, batch2, batch3, batch4, batch5):
        recs.extend(m.RECORDS)
    random.Random(1712).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            el = {k: int(r["elements"][k]) for k in ("offer", "used", "clothing", "abroad")}
            label = "illegal_used_import" if all(el.values()) else "legal"
            row = {
                "id": f"{PREFIX}-{START + i:04d}",
                "kind": r["kind"],
                "text": r["text"],
                "label": label,
                "category": r["category"],
                "style": "longform",
                "elements": el,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
