"""Build x75b_longform.jsonl from the hand-written lists in src1..src5."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import src1, src2, src3, src4, src5

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x75b_longform.jsonl")
SEED = 3902
PREFIX = "x75b"

def main():
    rows = []
    for mod in (src1, src2, src3, src4, src5):
        for kind, category, el, text in mod.RECORDS:
            rows.append((kind, category, el, text.strip()))
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, el, text) in enumerate(rows, 1):
            offer, used, clothing, abroad = el
            label = "illegal_used_import" if (offer and used and clothing and abroad) else "legal"
            rec = {
                "id": f"{PREFIX}-{i:04d}",
                "kind": kind,
                "text": text,
                "label": label,
                "category": category,
                "style": "longform",
                "elements": {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
