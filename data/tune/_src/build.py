#!/usr/bin/env python3
"""Build ../oneliners.jsonl from the hand-written source modules in this folder.

Usage:  python3 build.py        (writes the JSONL, prints a short summary)
The order is shuffled with a fixed seed, then ids t2-0001..t2-0800 are assigned.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ill_plain, ill_evasive, ill_code, ill_route, ill_market, ill_bale, ill_creator  # noqa: E402
import leg_new, leg_used, leg_other, leg_talk, leg_help  # noqa: E402

MODULES = [ill_plain, ill_evasive, ill_code, ill_route, ill_market, ill_bale, ill_creator,
           leg_new, leg_used, leg_other, leg_talk, leg_help]
SEED = 20250611
OUT = os.path.join(os.path.dirname(HERE), "oneliners.jsonl")
FIELD_ORDER = ("id", "kind", "text", "label", "category", "style", "elements")


def make_rows():
    rows = []
    for m in MODULES:
        rows.extend(dict(r) for r in m.ROWS)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        r["id"] = "t2-%04d" % i
        out.append({k: r[k] for k in FIELD_ORDER})
    return out


def main():
    rows = make_rows()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ill = sum(r["label"] == "illegal_used_import" for r in rows)
    print("wrote %d rows to %s (illegal %d, legal %d)" % (len(rows), OUT, n_ill, len(rows) - n_ill))


if __name__ == "__main__":
    main()
