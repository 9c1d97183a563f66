"""Build x58b_longform.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ill_a, ill_b, leg_a, leg_b

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x58b_longform.jsonl")
SEED = 5802
PREFIX = "x58b"

def main():
    rows = ill_a.R + ill_b.R + leg_a.R + leg_b.R
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text.strip(), "label": label,
                   "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
