#!/usr/bin/env python3
"""Rebuilds the real-review negative fold from the shared data.

The reviews (../shared/data/raw/tokped_fashion_reviews, no licence stated) are
not copied into this repository: data/real_legal/review_ids.txt names them, and
this script writes them as labeled JSON Lines (all `legal`, kind `review`).
Usage: scripts/real_legal_reviews.py [SHARED_DATA_DIR] > reviews.jsonl
"""
import csv
import hashlib
import json
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
root = os.path.join(shared, "raw", "tokped_fashion_reviews")
here = os.path.dirname(os.path.abspath(__file__))
texts = {}
for name in ("clean_train_data.csv", "clean_test_data.csv"):
    with open(os.path.join(root, name), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            digest = hashlib.sha1(row["review"].encode("utf-8")).hexdigest()[:12]
            texts[(name, row["review_id"], digest)] = row["review"]
with open(os.path.join(here, "..", "data", "real_legal", "review_ids.txt"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        rid, name, review_id, digest = line.rstrip("\n").split("\t")
        print(json.dumps({"id": rid, "kind": "review", "text": texts[(name, review_id, digest)],
                          "label": "legal", "category": "review"}, ensure_ascii=False))
