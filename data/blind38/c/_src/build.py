"""Build x73c_oneliners.jsonl from the hand-written batches in _src/batch*.py."""
import json, random, importlib, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x73c_oneliners.jsonl")
SEED = 3803
PREFIX = "x73c"

def load():
    sys.path.insert(0, HERE)
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        recs.extend(mod.RECORDS)
    return recs

def label(el):
    return "illegal_used_import" if all(el.values()) else "legal"

def adjacent_family(order):
    return any(order[i][0] == order[i - 1][0] for i in range(1, len(order)))

def main():
    recs = load()
    rng = random.Random(SEED)
    order = list(recs)
    rng.shuffle(order)
    tries = 1
    while adjacent_family(order):  # same rng, reshuffle until no family members sit side by side
        rng.shuffle(order)
        tries += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (fam, cat, kind, o, u, c, a, text) in enumerate(order, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label(el),
                   "category": cat, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} records to {OUT} (shuffles: {tries})")

if __name__ == "__main__":
    main()
