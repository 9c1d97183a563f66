"""Build x64b_longform.jsonl from the hand-written batches in _src/."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3, batch4, batch5

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x64b_longform.jsonl")
SEED = 6402

def main():
    rows = []
    for mod in (batch1, batch2, batch3, batch4, batch5):
        rows.extend(mod.RECORDS)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, el, text) in enumerate(rows, 1):
            offer, used, clothing, abroad = el
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
            rec = {"id": f"x64b-{i:04d}", "kind": kind, "text": text.strip(), "label": label,
                   "category": category, "style": "longform", "elements": elements}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
