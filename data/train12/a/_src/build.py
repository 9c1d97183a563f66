"""Build x56a_oneliners.jsonl from the hand-written lists in _src/*.py.
Label is derived from the four elements; records shuffled with seed 5601."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import legal_1, legal_2, legal_3, legal_4, legal_5, illegal_1, illegal_2

SEED = 5601
OUT = os.path.join(os.path.dirname(HERE), "x56a_oneliners.jsonl")

def main():
    rows = []
    for mod in (legal_1, legal_2, legal_3, legal_4, legal_5, illegal_1, illegal_2):
        rows.extend(mod.RECORDS)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"x56a-{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
