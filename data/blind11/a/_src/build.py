"""Build x14a_oneliners.jsonl from the hand-written batches in this folder."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1_plain, b2_code, b3_dodge, b4_legal_sellers, b5_legal_goods, b6_legal_talk, b7_legal_misc

MODULES = [b1_plain, b2_code, b3_dodge, b4_legal_sellers, b5_legal_goods, b6_legal_talk, b7_legal_misc]
OUT = os.path.join(os.path.dirname(HERE), "x14a_oneliners.jsonl")

def main():
    items = []
    for m in MODULES:
        items.extend(m.ITEMS)
    rng = random.Random(14014)
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(items, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": "x14a-%04d" % i, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(items), "records to", OUT)

if __name__ == "__main__":
    main()
