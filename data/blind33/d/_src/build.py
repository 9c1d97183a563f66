"""Build x64d_oneliners.jsonl from the hand-written batches in _src/b0*.py."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x64d_oneliners.jsonl")
SEED = 6404
PREFIX = "x64d-"


def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "b0*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def main():
    raw = load()
    rng = random.Random(SEED)
    rng.shuffle(raw)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(raw, 1):
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": category, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(raw)} records to {OUT}")


if __name__ == "__main__":
    main()
