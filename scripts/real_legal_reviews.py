#!/usr/bin/env python3
"""Rebuilds the real-review negative folds from the shared data.

The reviews are not copied into this repository; this script writes them as
labeled JSON Lines (all `legal`, kind `review`):
- by default, the 200 Tokopedia fashion reviews (../shared/data/raw/
  tokped_fashion_reviews, no licence stated) that data/real_legal/review_ids.txt
  names;
- with --all, every buyer review of the shared data: PRDECT-ID's 5,400
  (../shared/data/raw/prdect_id, MIT licence; Tokopedia, 29 categories) and
  all 5,227 Tokopedia fashion reviews. No model trains on them
  (scripts/train_default_model.sh): real text nobody here wrote, present on
  every machine of the project, measured even where the news passages of
  data/real_legal/README.md are not.
Usage: scripts/real_legal_reviews.py [--all] [SHARED_DATA_DIR] > reviews.jsonl
"""
import csv
import hashlib
import json
import os
import sys

every_review = "--all" in sys.argv[1:]
args = [a for a in sys.argv[1:] if a != "--all"]
shared = args[0] if args else "../shared/data"
raw = os.path.join(shared, "raw")
here = os.path.dirname(os.path.abspath(__file__))


def emit(record_id, text, category):
    print(json.dumps({"id": record_id, "kind": "review", "text": text, "label": "legal",
                      "category": category}, ensure_ascii=False))


def fashion_reviews():
    """(file name, review_id, review) of the Tokopedia fashion reviews, in file order."""
    for name in ("clean_train_data.csv", "clean_test_data.csv"):
        with open(os.path.join(raw, "tokped_fashion_reviews", name), encoding="utf-8",
                  newline="") as f:
            for row in csv.DictReader(f):
                yield name, row["review_id"], row["review"]


if every_review:
    with open(os.path.join(raw, "prdect_id", "PRDECT-ID_Dataset.csv"), encoding="utf-8",
              newline="") as f:
        for n, row in enumerate(csv.DictReader(f), 1):
            emit(f"prdect-{n:05d}", row["Customer Review"], "review_" + row["Category"])
    for n, (_, _, review) in enumerate(fashion_reviews(), 1):
        emit(f"tokped-{n:05d}", review, "review_fashion")
    sys.exit(0)

texts = {}
for name, review_id, review in fashion_reviews():
    digest = hashlib.sha1(review.encode("utf-8")).hexdigest()[:12]
    texts[(name, review_id, digest)] = review
with open(os.path.join(here, "..", "data", "real_legal", "review_ids.txt"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        rid, name, review_id, digest = line.rstrip("\n").split("\t")
        emit(rid, texts[(name, review_id, digest)], "review")
