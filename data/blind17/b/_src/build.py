"""Build x27b_longform.jsonl from the hand-written batches (label derived here, never typed)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import batch_a  # noqa: E402
import batch_b  # noqa: E402
import batch_c  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x27b_longform.jsonl")
ELEMS = ("offer", "used", "clothing", "abroad")


def label_of(el):
    return "illegal_used_import" if all(el[k] == 1 for k in ELEMS) else "legal"


def main():
    raw = batch_a.RECORDS + batch_b.RECORDS + batch_c.RECORDS
    rows = []
    for r in raw:
        el = {k: r["elements"][k] for k in ELEMS}
        rows.append({
            "id": r["id"],
            "kind": r["kind"],
            "text": r["text"],
            "label": label_of(el),
            "category": r["category"],
            "style": "longform",
            "elements": el,
        })
    random.Random(27017).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
