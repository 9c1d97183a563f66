"""Build x23c_oneliners.jsonl from the hand-written batches in _src/b*.py.
Labels are derived here from the four elements, never typed by hand."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "x23c_oneliners.jsonl")
PREFIX, START, SEED = "x23c", 1, 23016


def load_items():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def main():
    items = load_items()
    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, el, text) in enumerate(items):
            offer, used, clothing, abroad = el
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el) else "legal"
            rec = {"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                   "category": category, "style": "oneliner", "elements": elements}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} records to {OUT}")


if __name__ == "__main__":
    main()
