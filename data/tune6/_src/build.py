"""Build oneliners.jsonl and longform.jsonl from the hand-written lists.

Shuffles each set with a fixed seed, assigns ids, derives the label from the
four elements (never typed by hand) and writes one JSON object per line.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import ol_legal  # noqa: E402
import ol_illegal  # noqa: E402
import lf_legal  # noqa: E402
import lf_illegal  # noqa: E402

SEED_ONELINER = 20240601
SEED_LONGFORM = 20240602


def derive_label(offer, used, clothing, abroad):
    return "illegal_used_import" if (offer, used, clothing, abroad) == (1, 1, 1, 1) else "legal"


def clean_text(text, style):
    if style == "oneliner":
        return text.strip()
    lines = [ln.rstrip() for ln in text.strip("\n").split("\n")]
    return "\n".join(lines).strip()


def make_records(items, first_id, style, seed):
    items = list(items)
    random.Random(seed).shuffle(items)
    records = []
    for n, (kind, category, text, offer, used, clothing, abroad) in enumerate(items):
        records.append({
            "id": "t6-%04d" % (first_id + n),
            "kind": kind,
            "text": clean_text(text, style),
            "label": derive_label(offer, used, clothing, abroad),
            "category": category,
            "style": style,
            "elements": {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad},
        })
    return records


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    one = make_records(ol_legal.ITEMS + ol_illegal.ITEMS, 1, "oneliner", SEED_ONELINER)
    lng = make_records(lf_legal.ITEMS + lf_illegal.ITEMS, 1001, "longform", SEED_LONGFORM)
    write_jsonl(os.path.join(OUT, "oneliners.jsonl"), one)
    write_jsonl(os.path.join(OUT, "longform.jsonl"), lng)
    print("oneliners.jsonl: %d records" % len(one))
    print("longform.jsonl: %d records" % len(lng))


if __name__ == "__main__":
    main()
