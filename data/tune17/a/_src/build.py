"""Build x31a_oneliners.jsonl from the hand-written lists in _src/*.py.
No text is generated here: records are read as written; label is derived; order is shuffled with seed 17031."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill_a, ill_b, ill_c, leg_a, leg_b, leg_c, leg_d

OUT = os.path.join(os.path.dirname(HERE), "x31a_oneliners.jsonl")
SEED = 17031

def main():
    rows = []
    for mod in (ill_a, ill_b, ill_c, leg_a, leg_b, leg_c, leg_d):
        rows.extend(mod.RECORDS)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": "x31a%04d" % i, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)

if __name__ == "__main__":
    main()
