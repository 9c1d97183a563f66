#!/usr/bin/env python3
"""Recall of `violation` on the code words and geography of the trade: the violations of the
eleven older blind folds (blind, blind2, blind4 to blind12) whose category names a regional code
word, a port or border route, a market, a bale grade or unit, a price list or reseller
recruitment; one-liners and long-form apart, with review counted too.
Usage: bench/code_word_recall.py [BUILD_DIR]"""
import json
import os
import subprocess
import sys

from blind_folds import OLDER, ROOT, files_of

SARING = os.path.join(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"), "saring")
CATEGORY_WORDS = ("code", "regional", "port", "border", "route", "market", "grade", "unit",
                  "price", "reseller", "recruit")


def records(style):
    for fold in sorted(OLDER):
        for path in files_of(fold):
            if style not in os.path.basename(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    if r["label"] != "legal" and any(w in r.get("category", "")
                                                     for w in CATEGORY_WORDS):
                        yield r


def main():
    for style in ("oneliners", "longform"):
        chosen = list(records(style))
        out = subprocess.run([SARING, "scan", "-", "-o", "-"], check=True, capture_output=True,
                             text=True,
                             input="\n".join(json.dumps(r, ensure_ascii=False) for r in chosen))
        verdicts = [json.loads(line)["verdict"] for line in out.stdout.splitlines()]
        taken = verdicts.count("violation")
        reviewed = verdicts.count("review")
        print(f"{style}: {len(chosen)} records, recall {taken / len(chosen):.3f} "
              f"({(taken + reviewed) / len(chosen):.3f} with review)")


if __name__ == "__main__":
    main()
