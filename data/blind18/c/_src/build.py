"""Build x29c_oneliners.jsonl from the hand-written lists in _src/batch*.py.

Ids are given in writing order (x29c0001..), the label is derived from the four
elements, then the records are shuffled with a fixed seed and written as JSONL.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x29c_oneliners.jsonl")
PREFIX = "x29c"
SEED = 2918


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        rows.extend(load(path))
    records = []
    for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        records.append({
            "id": f"{PREFIX}{i:04d}",
            "kind": kind,
            "text": text,
            "label": label,
            "category": category,
            "style": "oneliner",
            "elements": el,
        })
    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {os.path.basename(OUT)}")


if __name__ == "__main__":
    main()
