"""Build x17a_oneliners.jsonl from the hand-written lists in _src/*.py."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d  # noqa: E402

MODULES = [ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d]
OUT = os.path.join(os.path.dirname(HERE), "x17a_oneliners.jsonl")
PREFIX = "x17a"
SEED = 1712


def main():
    rows = []
    for mod in MODULES:
        rows.extend(mod.RECORDS)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, text, offer, used, clothing, abroad) in enumerate(rows, 1):
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
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
