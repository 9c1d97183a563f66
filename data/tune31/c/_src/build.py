"""Build x72c_oneliners.jsonl from the hand-written batches in _src/batch*.py.

Each batch holds tuples (kind, category, offer, used, clothing, abroad, text).
The label is derived here from the four elements, never typed by hand.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x72c_oneliners.jsonl")
PREFIX = "x72c"
SEED = 7203
N_EXPECTED = 300


def load_batches():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.RECORDS)
    return rows


def main():
    rows = load_batches()
    assert len(rows) == N_EXPECTED, len(rows)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(elements.values()) else "legal"
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
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
