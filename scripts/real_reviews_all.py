#!/usr/bin/env python3
"""Writes every real buyer review of the shared data as a labelled negative fold.

All 5,400 reviews of PRDECT-ID (../shared/data/raw/prdect_id, MIT licence;
Tokopedia, 29 categories) and all 5,227 Tokopedia fashion reviews
(../shared/data/raw/tokped_fashion_reviews) as JSON Lines, label `legal`,
kind `review`. No model is trained on them (scripts/train_default_model.sh):
real text nobody here wrote, present on every machine of the project, so
that a real negative fold is measured even where the news passages of
data/real_legal/README.md are not. The 200 of review_ids.txt are among them.
Usage: scripts/real_reviews_all.py [SHARED_DATA_DIR] > reviews_all.jsonl
"""
import csv
import json
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
raw = os.path.join(shared, "raw")


def emit(record_id, text, category):
    print(json.dumps({"id": record_id, "kind": "review", "text": text, "label": "legal",
                      "category": category}, ensure_ascii=False))


with open(os.path.join(raw, "prdect_id", "PRDECT-ID_Dataset.csv"), encoding="utf-8",
          newline="") as f:
    for n, row in enumerate(csv.DictReader(f), 1):
        emit(f"prdect-{n:05d}", row["Customer Review"], "review_" + row["Category"])
n = 0
for name in ("clean_train_data.csv", "clean_test_data.csv"):
    with open(os.path.join(raw, "tokped_fashion_reviews", name), encoding="utf-8",
              newline="") as f:
        for row in csv.DictReader(f):
            n += 1
            emit(f"tokped-{n:05d}", row["review"], "review_fashion")
