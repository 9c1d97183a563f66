"""Build x23a_oneliners.jsonl from the hand-written batches in _src/b*.py.

Each batch holds RECORDS: tuples (kind, category, offer, used, clothing, abroad, text).
The label is derived here, never typed. Records are shuffled with a fixed seed and
ids x23a0001.. are given in the shuffled order.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "x23a_oneliners.jsonl")
PREFIX = "x23a"
SEED = 2316


def load_batches():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for rec in mod.RECORDS:
            if len(rec) != 7:
                raise ValueError(f"bad tuple in {path}: {rec!r}")
            rows.append(rec)
    return rows


def main():
    rows = load_batches()
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
            rec = {
                "id": f"{PREFIX}{i:04d}",
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
