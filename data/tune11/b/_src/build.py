"""Build x15b_longform.jsonl from the hand-written lists in this folder."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ill_1 import ILL_1
from ill_2 import ILL_2
from leg_1 import LEG_1
from leg_2 import LEG_2

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x15b_longform.jsonl")

def main():
    rows = ILL_1 + ILL_2 + LEG_1 + LEG_2
    rng = random.Random(15015)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": "x15b-%04d" % i, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)

if __name__ == "__main__":
    main()
