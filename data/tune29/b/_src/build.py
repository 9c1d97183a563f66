"""Build x65b_oneliners.jsonl from the hand-written batches in _src/batch*.py."""
import glob, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x65b_oneliners.jsonl")
SEED = 6502
PREFIX = "x65b-"


def load():
    sys.path.insert(0, HERE)
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        recs.extend(mod.RECORDS)
    return recs


def label_of(o, u, c, a):
    return "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"


def main():
    recs = load()
    rng = random.Random(SEED)
    order = list(recs)
    # reshuffle (deterministically, same RNG) until no two members of a family are adjacent
    for attempt in range(10000):
        rng.shuffle(order)
        if all(order[i][0] != order[i + 1][0] for i in range(len(order) - 1)):
            break
    else:
        raise SystemExit("could not separate families")
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (fam, kind, cat, o, u, c, a, text) in enumerate(order, 1):
            rec = {
                "id": f"{PREFIX}{i:04d}",
                "kind": kind,
                "text": text,
                "label": label_of(o, u, c, a),
                "category": cat,
                "style": "oneliner",
                "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} records to {os.path.normpath(OUT)} (shuffle attempts: {attempt + 1})")


if __name__ == "__main__":
    main()
