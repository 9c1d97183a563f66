#!/usr/bin/env python3
"""The shared dev set with element labels taken from its categories.

The dev set (../shared/data/dev/README.md) labels each text illegal_used_import
or legal, with a category. A violation has every element; a legal category
names the element that fails where it is plain from the README's definitions:
  new_clothing, new_import_clothing  -> used 0 (new goods)
  personal_preloved                  -> abroad 0 (bought at home)
  other_used_goods                   -> clothing 0
  news_or_policy                     -> offer 0
  upcycling_services                 -> abroad 0 (the customer's own clothes)
trigger_word_innocent gets no element labels (the word means something else;
which element fails differs by item). Usage: dev_element_labels.py DEV.jsonl
"""
import json
import sys

FAILS = {
    "new_clothing": {"used": 0},
    "new_import_clothing": {"used": 0},
    "personal_preloved": {"abroad": 0},
    "other_used_goods": {"clothing": 0},
    "news_or_policy": {"offer": 0},
    "upcycling_services": {"abroad": 0},
}

with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["label"] == "illegal_used_import":
            r["elements"] = {"offer": 1, "used": 1, "clothing": 1, "abroad": 1}
        elif r["category"] in FAILS:
            r["elements"] = FAILS[r["category"]]
        print(json.dumps(r, ensure_ascii=False))
