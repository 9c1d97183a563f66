"""Build x67a_oneliners.jsonl from the hand-written batches in _src/batch*.py.
Each batch defines ROWS: a list of tuples (kind, category, offer, used, clothing, abroad, text).
Label is derived here, never typed."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x67a_oneliners.jsonl")
PREFIX, FIRST, SEED = "x67a", 1, 6701

def load_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.ROWS)
    return rows

def main():
    rows = load_rows()
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{FIRST + i:04d}", "kind": kind, "text": text,
                   "label": label, "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
