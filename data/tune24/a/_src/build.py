"""Build x44a_oneliners.jsonl from the hand-written batches in _src/batch*.py.
No text generation happens here: texts are copied as written; label is derived from elements."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x44a_oneliners.jsonl")
SEED = 4401
PREFIX, START = "x44a", 1

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
        for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows):
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
