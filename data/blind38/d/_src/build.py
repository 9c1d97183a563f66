"""Build x73d_oneliners.jsonl from the hand-written batches in _src/batch*.py."""
import importlib.util, json, random, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x73d_oneliners.jsonl")
PREFIX, SEED = "x73d", 3804

def load():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.RECORDS)
    return rows

def main():
    rows = load()
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
