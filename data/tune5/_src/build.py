"""Build tune5 JSONL files from the hand-written lists in this folder.

Writes ../oneliners.jsonl (t5-0001..t5-0400) and ../longform.jsonl (t5-1001..t5-1120).
Records are shuffled with a fixed seed before ids are assigned; the label is derived
from the four elements (illegal_used_import iff all four are 1).
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ol_legal import LEGAL          # noqa: E402
from ol_illegal import ILLEGAL      # noqa: E402
from lf_legal import LF_LEGAL       # noqa: E402
from lf_illegal import LF_ILLEGAL   # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20250605


def derive_label(el):
    return "illegal_used_import" if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"


def to_records(rows, style):
    recs = []
    for row in rows:
        kind, category, text, offer, used, clothing, abroad = row
        text = text.strip()
        if style == "longform":
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        recs.append({
            "kind": kind,
            "text": text,
            "label": derive_label(el),
            "category": category,
            "style": style,
            "elements": el,
        })
    return recs


def write(path, recs, prefix, start):
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            rec = {"id": f"{prefix}{start + i:04d}"}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    rng = random.Random(SEED)
    ol = to_records(LEGAL, "oneliner") + to_records(ILLEGAL, "oneliner")
    lf = to_records(LF_LEGAL, "longform") + to_records(LF_ILLEGAL, "longform")
    rng.shuffle(ol)
    rng.shuffle(lf)
    write(os.path.join(OUT, "oneliners.jsonl"), ol, "t5-", 1)
    write(os.path.join(OUT, "longform.jsonl"), lf, "t5-", 1001)
    print(f"oneliners.jsonl: {len(ol)} records; longform.jsonl: {len(lf)} records")


if __name__ == "__main__":
    main()
