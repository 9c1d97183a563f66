"""Build x35b_longform.jsonl from the hand-written batches (no generation, only packing)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4

OUT = os.path.join(os.path.dirname(HERE), "x35b_longform.jsonl")
ELEMS = ("offer", "used", "clothing", "abroad")

def main():
    rows = []
    for b in (batch1, batch2, batch3, batch4):
        rows.extend(b.RECORDS)
    random.Random(3502).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = dict(zip(ELEMS, (o, u, c, a)))
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"x35b{i:04d}", "kind": kind, "text": text.strip(),
                   "label": label, "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
