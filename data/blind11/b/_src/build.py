"""Build x14b_longform.jsonl from the hand-written batches (no text generation here)."""
import json
import os
import random

import batch1
import batch2
import batch3
import batch4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x14b_longform.jsonl")


def main():
    rows = []
    for mod in (batch1, batch2, batch3, batch4):
        rows.extend(mod.RECORDS)
    random.Random(1411).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(elements.values()) else "legal"
            rec = {
                "id": "x14b-%04d" % i,
                "kind": kind,
                "text": text,
                "label": label,
                "category": category,
                "style": "longform",
                "elements": elements,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)


if __name__ == "__main__":
    main()
