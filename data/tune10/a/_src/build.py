"""Build x12a_oneliners.jsonl from the hand-written lists in this folder."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill_plain, ill_code, ill_dodge, legal1, legal2, legal3, legal4, legal5, legal6

MODULES = [ill_plain, ill_code, ill_dodge, legal1, legal2, legal3, legal4, legal5, legal6]
OUT = os.path.join(os.path.dirname(HERE), "x12a_oneliners.jsonl")

def main():
    rows = []
    for m in MODULES:
        rows.extend(m.R)
    rng = random.Random(12012)
    rng.shuffle(rows)
    recs = []
    for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": "x12a-%04d" % i, "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "oneliner", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", OUT)

if __name__ == "__main__":
    main()
