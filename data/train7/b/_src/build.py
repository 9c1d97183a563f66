"""Build x26b_oneliners.jsonl from the hand-written batches in _src/*.py.

Each batch module holds RECORDS: a list of (kind, category, offer, used, clothing, abroad, text).
Ids are assigned in batch order (files sorted by name), the label is derived from the
elements, and the records are shuffled with a fixed seed before writing.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x26b_oneliners.jsonl")
PREFIX = "x26b"
START = 1
SEED = 26270


def load_batches():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        name = os.path.basename(path)
        if name in ("build.py", "validate.py"):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.RECORDS)
    return rows


def main():
    rows = load_batches()
    records = []
    for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        records.append({
            "id": f"{PREFIX}{START + i:04d}",
            "kind": kind,
            "text": text,
            "label": label,
            "category": category,
            "style": "oneliner",
            "elements": el,
        })
    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {os.path.basename(OUT)}")


if __name__ == "__main__":
    main()
