#!/usr/bin/env python3
"""Cross-validation over the training folds: how the pack and models judge text the models
were not trained on, without spending a blind fold.

Each group of folds of the train script's mixture is held out in turn: the models are
trained as scripts/train_default_model.sh trains them (bench/train_mixture.py; not on the
real listings, nor on the dev set's dev fold) on the rest, and then judge the group. The
verdicts are pooled by style, as bench/blind_folds.py pools the blind folds. The pack's words
were read off many of these folds, so the numbers are kinder than a blind fold's; what they
are for is comparing settings of the decision (thresholds, rules) on models that did not see
the text, which the shipped models cannot show on their own training data.

Models are kept in MODELS/<group>/ and reused when present: a second run with another pack
(SCAN_ARGS) judges again without training.
Usage: bench/cross_validate.py [BUILD_DIR] [--models DIR] [--groups A+B,C+D,...]
                               [-- SCAN_ARGS...]
"""
import argparse
import collections
import os
import sys

from blind_folds import line, split_scan_args, tally, verdicts
from train_mixture import ROOT, dev_with_elements, load, mixture, train, trained

GROUPS = "tune27+tune28,tune24+tune25,train6+train7,train8+train9,tune20+tune21,tune22+tune23"


def arguments():
    argv, scan_args = split_scan_args(sys.argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default="build")
    parser.add_argument("--models", default=os.path.join("build", "cross_validation"))
    parser.add_argument("--groups", default=GROUPS)
    args = parser.parse_args(argv)
    args.scan_args = scan_args
    return args


def fold_of(path):
    """The fold a file of data/ belongs to: data/tune27/a/x.jsonl -> tune27."""
    return os.path.relpath(path, os.path.join(ROOT, "data")).split(os.sep)[0]


def main():
    args = arguments()
    saring = os.path.abspath(os.path.join(args.build, "saring"))
    every, twins, classifier_only = mixture()
    os.makedirs(args.models, exist_ok=True)
    dev = dev_with_elements(os.path.join(args.models, "dev.jsonl"))
    pooled = collections.defaultdict(collections.Counter)
    for group in args.groups.split(","):
        held = set(group.split("+"))
        judged = [p for p in every + twins + classifier_only if fold_of(p) in held]
        if not judged:
            sys.exit(f"cross_validate: no file of the mixture is in {group}")
        model = os.path.join(args.models, group, "default.bin")
        if not trained(model):
            os.makedirs(os.path.dirname(model), exist_ok=True)
            train(saring, [dev] + [p for p in every if fold_of(p) not in held],
                  *([p for p in files if fold_of(p) not in held]
                    for files in (twins, classifier_only)), model)
        for path in judged:
            records = load(path)
            counts = tally(records, verdicts(saring, path, [*args.scan_args, "--model", model]))
            pooled[records[0].get("style", "oneliner")].update(counts)
            print(f"{os.path.relpath(path, os.path.join(ROOT, 'data')):36s} {line(counts)}",
                  flush=True)
    for style, counts in sorted(pooled.items()):
        print(f"pooled {style:29s} {line(counts)}")


if __name__ == "__main__":
    main()
