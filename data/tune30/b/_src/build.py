# Builds ../x70b_oneliners.jsonl from the hand-written batches b*.py
import json, random, importlib, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "x70b_oneliners.jsonl")
SEED = 7002
PREFIX = "x70b"

def load():
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        rows.extend(mod.ROWS)
    return rows

def main():
    rows = load()
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    for _ in range(10000):
        rng.shuffle(order)
        if all(rows[order[i]][0] != rows[order[i + 1]][0] for i in range(len(order) - 1)):
            break
    else:
        raise SystemExit("could not separate families")
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, i in enumerate(order, 1):
            fam, kind, cat, o, u, c, a, text = rows[i]
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{n:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # family map kept next to the source, for the README and the validator
    with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as fh:
        json.dump({f"{PREFIX}-{n:04d}": rows[i][0] for n, i in enumerate(order, 1)}, fh)
    print("wrote", len(rows), "records")

if __name__ == "__main__":
    main()
