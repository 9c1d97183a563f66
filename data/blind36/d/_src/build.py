"""Build x69d_oneliners.jsonl from the hand-written batches in _src/b0*.py.

Labels are derived here from the four elements; never typed by hand.
"""
import importlib.util
import json
import pathlib
import random

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent / "x69d_oneliners.jsonl"
PREFIX = "x69d"
SEED = 6904


def load_batches():
    recs = []
    for path in sorted(SRC.glob("b0*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for row in mod.RECORDS:
            kind, category, offer, used, clothing, abroad, text = row
            recs.append((kind, category, offer, used, clothing, abroad, text, path.name))
    return recs


def main():
    rows = load_batches()
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (kind, category, offer, used, clothing, abroad, text, _src) in enumerate(rows, 1):
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
            rec = {
                "id": f"{PREFIX}-{i:04d}",
                "kind": kind,
                "text": text,
                "label": label,
                "category": category,
                "style": "oneliner",
                "elements": elements,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")


if __name__ == "__main__":
    main()
