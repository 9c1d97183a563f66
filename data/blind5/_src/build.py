"""Build the blind5 evaluation fold from the hand-written lists in this folder.

Reads the lists, derives the label from the four elements, shuffles each file
with a fixed seed, numbers the records and writes oneliners.jsonl and
longform.jsonl one directory up.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from one_illegal import ONE_ILLEGAL  # noqa: E402
from one_legal import ONE_LEGAL  # noqa: E402
from long_illegal import LONG_ILLEGAL  # noqa: E402
from long_legal_a import LONG_LEGAL_A  # noqa: E402
from long_legal_b import LONG_LEGAL_B  # noqa: E402
from long_legal_c import LONG_LEGAL_C  # noqa: E402

SEED_ONE = 20250505
SEED_LONG = 20250506


def make(entries, style, id_start, seed):
    rows = []
    for kind, category, elems, text in entries:
        assert len(elems) == 4 and set(elems) <= {"0", "1"}, elems
        e = {
            "offer": int(elems[0]),
            "used": int(elems[1]),
            "clothing": int(elems[2]),
            "abroad": int(elems[3]),
        }
        label = "illegal_used_import" if all(e.values()) else "legal"
        text = text.strip("\n")
        if style == "longform":
            # drop trailing spaces on each line, keep the line structure
            text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
        else:
            text = text.strip()
        rows.append({"kind": kind, "text": text, "label": label,
                     "category": category, "style": style, "elements": e})
    random.Random(seed).shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        rec = {"id": "b5-%04d" % (id_start + i)}
        rec.update(r)
        out.append(rec)
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    one = make(ONE_ILLEGAL + ONE_LEGAL, "oneliner", 1, SEED_ONE)
    long_ = make(LONG_ILLEGAL + LONG_LEGAL_A + LONG_LEGAL_B + LONG_LEGAL_C,
                 "longform", 1001, SEED_LONG)
    write(os.path.join(OUT, "oneliners.jsonl"), one)
    write(os.path.join(OUT, "longform.jsonl"), long_)
    for name, rows in (("oneliners.jsonl", one), ("longform.jsonl", long_)):
        ill = sum(r["label"] == "illegal_used_import" for r in rows)
        print("%s: %d records, %d illegal (%.1f%%)" % (name, len(rows), ill, 100.0 * ill / len(rows)))


if __name__ == "__main__":
    main()
