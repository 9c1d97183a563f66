"""Build x75d_oneliners.jsonl from the hand-written batches in _src/b0*.py.

Each batch entry: (kind, category, "ouca" element string, text).
The label is derived here from the four elements, never typed.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b01, b02, b03, b04, b05, b06, b07  # noqa: E402

PREFIX = "x75d"
SEED = 3904
OUT = os.path.join(os.path.dirname(HERE), "x75d_oneliners.jsonl")


def main():
    entries = []
    for mod in (b01, b02, b03, b04, b05, b06, b07):
        entries.extend(mod.RECORDS)
    rng = random.Random(SEED)
    rng.shuffle(entries)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, el, text) in enumerate(entries, start=1):
            offer, used, clothing, abroad = (int(c) for c in el)
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
    print(f"wrote {len(entries)} records to {OUT}")


if __name__ == "__main__":
    main()
