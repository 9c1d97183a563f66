#!/usr/bin/env python3
"""Deterministic train/dev folds for the shared labeled data (see data/splits/README.md).

Dev fold: 30% of ../shared/data/dev/labeled_dev.jsonl, stratified by category:
within each category, records are ordered by SHA-1 of their id and every record
whose rank falls in the top 30% goes to dev. Real listings
(../shared/data/raw/listings_real.jsonl): half are held out (SHA-1 of the id is
even) to measure false positives on real text; the rest may be training negatives.
"""
import collections
import hashlib
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(REPO, "..", "shared", "data")


def h(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def main():
    out_dir = os.path.join(REPO, "data", "splits")
    by_cat = collections.defaultdict(list)
    with open(os.path.join(SHARED, "dev", "labeled_dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_cat[r["category"]].append(r["id"])
    dev = []
    for cat, ids in sorted(by_cat.items()):
        ids.sort(key=h)
        dev += ids[: round(len(ids) * 0.3)]
    with open(os.path.join(out_dir, "dev_fold_ids.txt"), "w") as f:
        f.write("# dev fold of ../shared/data/dev/labeled_dev.jsonl (scripts/make_splits.py)\n")
        f.write("\n".join(sorted(dev)) + "\n")
    held = []
    with open(os.path.join(SHARED, "raw", "listings_real.jsonl"), encoding="utf-8") as f:
        for line in f:
            rid = json.loads(line)["id"]
            if h(rid) % 2 == 0:
                held.append(rid)
    with open(os.path.join(out_dir, "real_heldout_ids.txt"), "w") as f:
        f.write("# held-out half of ../shared/data/raw/listings_real.jsonl (scripts/make_splits.py)\n")
        f.write("\n".join(held) + "\n")
    print("dev fold %d of %d; real held out %d" % (len(dev), sum(map(len, by_cat.values())), len(held)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
