"""Build x22b_longform.jsonl from the hand-written lists in ill_*.py and leg_*.py."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ill_a, ill_b, leg_a, leg_b

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x22b_longform.jsonl")
SEED = 22150

def main():
    rows = []
    for mod in (ill_a, ill_b, leg_a, leg_b):
        for kind, cat, offer, used, clothing, abroad, text in mod.RECORDS:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            rows.append((kind, cat, text.strip(), el))
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, text, el) in enumerate(rows, 1):
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": "x22b%04d" % i, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)

if __name__ == "__main__":
    main()
