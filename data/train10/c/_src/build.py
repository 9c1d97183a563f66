"""Build x51c_oneliners.jsonl from the hand-written batches in _src/batch*.py."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x51c_oneliners.jsonl")
SEED = 5103
PREFIX = "x51c"


def load_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.DATA)
    return rows


def label_of(o, u, c, a):
    return "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"


def main():
    rows = load_rows()
    rng = random.Random(SEED)
    order = list(rows)
    # shuffle; reshuffle (same rng, deterministic) until no two family members sit side by side
    while True:
        rng.shuffle(order)
        if all(order[i][0] != order[i + 1][0] for i in range(len(order) - 1)):
            break
    with open(OUT, "w", encoding="utf-8") as f:
        for n, (fam, cat, kind, o, u, c, a, text) in enumerate(order, 1):
            rec = {
                "id": f"{PREFIX}{n:04d}",
                "kind": kind,
                "text": text,
                "label": label_of(o, u, c, a),
                "category": cat,
                "style": "oneliner",
                "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} records to {OUT}")


if __name__ == "__main__":
    main()
