"""Build x16a_oneliners.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d

MODULES = [ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d]
OUT = os.path.join(os.path.dirname(HERE), "x16a_oneliners.jsonl")
PREFIX, START = "x16a-", 1

def main():
    rows = []
    for m in MODULES:
        rows.extend(m.R)
    random.Random(1612).shuffle(rows)
    recs = []
    for i, (kind, cat, offer, used, cloth, abroad, text) in enumerate(rows):
        el = {"offer": offer, "used": used, "clothing": cloth, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text,
                     "label": label, "category": cat, "style": "oneliner", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
