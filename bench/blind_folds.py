#!/usr/bin/env python3
"""Every blind evaluation fold of data/, measured file by file and pooled by style.

A record counts as taken down only when its verdict is `violation`; F1 is of
that verdict against the label. Each line gives the F1, the legal records taken
down and sent to review, and the violations sent to review and allowed.
blind3 is left out: its errors were read from issue #10's fifth session on.

Usage: bench/blind_folds.py [BUILD_DIR] [--older] [--skip FOLD,...] [--only FOLD,...]
                            [-- SCAN_ARGS...]
  --older   only the eleven older folds (blind, blind2, blind4 to blind12)
  SCAN_ARGS are passed to `saring scan` (e.g. --policy P.yaml --model M/default.bin)
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OLDER = {"blind", "blind2"} | {f"blind{n}" for n in range(4, 13)}
READ = {"blind3"}


def split_scan_args(argv):
    """(the script's own arguments, those after "--" for `saring scan`)."""
    if "--" not in argv:
        return argv, []
    return argv[:argv.index("--")], argv[argv.index("--") + 1:]


def arguments():
    argv, scan_args = split_scan_args(sys.argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default="build")
    parser.add_argument("--older", action="store_true")
    parser.add_argument("--skip", default="")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    args.scan_args = scan_args
    return args


def files_of(fold):
    """The labelled files of a fold of data/, in order (not its writers' _src/)."""
    folder = os.path.join(ROOT, "data", fold)
    return sorted(f for f in glob.glob(os.path.join(folder, "**", "*.jsonl"), recursive=True)
                  if "/_src/" not in f)


def fold_files(args):
    skip = set(filter(None, args.skip.split(",")))
    only = set(filter(None, args.only.split(",")))
    for folder in sorted(glob.glob(os.path.join(ROOT, "data", "blind*"))):
        fold = os.path.basename(folder)
        if fold in READ or fold in skip or (only and fold not in only):
            continue
        if args.older and fold not in OLDER:
            continue
        yield from files_of(fold)


def verdicts(saring, path, scan_args):
    out = subprocess.run([saring, "scan", path, *scan_args], check=True, capture_output=True,
                         text=True).stdout
    return {d["id"]: d["verdict"] for d in map(json.loads, out.splitlines())}


def tally(records, verdict_of):
    counts = collections.Counter()
    for record in records:
        verdict = verdict_of.get(record["id"], "allow")
        side = "legal" if record["label"] == "legal" else "positive"
        counts[side] += 1
        counts[f"{side} {verdict}"] += 1
    return counts


def line(counts):
    tp, fp = counts["positive violation"], counts["legal violation"]
    fn = counts["positive"] - tp
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return (f"F1 {f1:.4f}, legal taken down {fp}/{counts['legal']}, to review "
            f"{counts['legal review']}; violations to review {counts['positive review']}, "
            f"allowed {counts['positive allow']}")


def main():
    args = arguments()
    saring = os.path.join(args.build, "saring")
    pooled = collections.defaultdict(collections.Counter)
    for path in fold_files(args):
        with open(path, encoding="utf-8") as f:
            records = [json.loads(l) for l in f if l.strip()]
        counts = tally(records, verdicts(saring, path, args.scan_args))
        pooled[records[0].get("style", "oneliner")].update(counts)
        print(f"{os.path.relpath(path, os.path.join(ROOT, 'data')):36s} {line(counts)}")
    for style, counts in sorted(pooled.items()):
        print(f"pooled {style:29s} {line(counts)}")


if __name__ == "__main__":
    main()
