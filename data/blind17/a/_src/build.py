"""Build x27a_oneliners.jsonl from the hand-written batches in _src/batch*.py.
Labels are derived here from the four elements; never typed by hand."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x27a_oneliners.jsonl")
PREFIX, FIRST = "x27a", 1
SEED = 27017


def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def main():
    recs = load()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            row = {"id": f"{PREFIX}{FIRST + i:04d}", "kind": kind, "text": text,
                   "label": label, "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
