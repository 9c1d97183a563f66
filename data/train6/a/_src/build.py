"""Build x25a_oneliners.jsonl from the hand-written batches b1..b8.

Each batch holds a list RECORDS of tuples (kind, category, offer, used, clothing, abroad, text).
The label is derived here (never typed): illegal_used_import iff all four elements are 1.
Records are shuffled with a fixed seed, then given ids x25a0001.. in shuffled order.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b1, b2, b3, b4, b5, b6, b7, b8  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x25a_oneliners.jsonl")
PREFIX = "x25a"
SEED = 25


def main():
    rows = []
    for mod in (b1, b2, b3, b4, b5, b6, b7, b8):
        rows.extend(mod.RECORDS)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {
                "id": f"{PREFIX}{i:04d}",
                "kind": kind,
                "text": text,
                "label": label,
                "category": category,
                "style": "oneliner",
                "elements": el,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
