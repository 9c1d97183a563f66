"""Build x54c_oneliners.jsonl from the hand-written lists in _src/*.py (no text generation here)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import a, b, c, d, e, f, g

SEED = 5403
OUT = os.path.join(os.path.dirname(HERE), "x54c_oneliners.jsonl")

def main():
    rows = a.ROWS + b.ROWS + c.ROWS + d.ROWS + e.ROWS + f.ROWS + g.ROWS
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    # shuffle with the fixed seed; reshuffle (same rng) until no two members of a family are adjacent
    while True:
        rng.shuffle(order)
        if all(rows[order[i]][0] != rows[order[i + 1]][0] for i in range(len(order) - 1)):
            break
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, idx in enumerate(order, 1):
            fam, cat, kind, o, u, cl, ab, text = rows[idx]
            el = {"offer": o, "used": u, "clothing": cl, "abroad": ab}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": "x54c-%04d" % n, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(order), "records to", OUT)

if __name__ == "__main__":
    main()
