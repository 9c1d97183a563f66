#!/usr/bin/env python3
"""How detection holds up when the dev fold is rewritten the way evaders
rewrite listings: each transform below is applied (seeded, to words of four
or more letters) to every record of the dev fold (data/splits/dev_fold_ids.txt),
positives and negatives alike, and `saring eval` measures `violation`
precision, recall and F1 on the result. The transforms are written here, not
taken from the normalizer or the training augmenter, so they also probe what
neither was built for.
Usage: bench/adversarial_eval.py [BUILD_DIR] [-- extra saring eval flags]"""
import json
import os
import random
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "--" else
                        os.path.join(REPO, "build"))
EXTRA = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
SARING = os.path.join(BUILD, "saring")
WORK = os.path.join(BUILD, "adversarial")

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "k": "к"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def per_word(text, rng, change, share=0.5):
    return " ".join(change(w) if len(w) > 3 and rng.random() < share else w for w in text.split(" "))


def transforms(rng):
    return {
        "none": lambda t: t,
        "upper case": lambda t: t.upper(),
        "zero-width joiners in words": lambda t: per_word(t, rng, lambda w: "\u200d".join(w)),
        "Cyrillic look-alikes": lambda t: per_word(t, rng, lambda w: "".join(HOMOGLYPHS.get(c, c) for c in w)),
        "fullwidth forms": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < 0.5 else c
                                             for c in t),
        "leetspeak": lambda t: per_word(t, rng, lambda w: "".join(
            LEET.get(c.lower(), c) if rng.random() < 0.5 else c for c in w)),
        "repeated letters": lambda t: per_word(t, rng, lambda w: "".join(c * rng.choice([1, 1, 3]) for c in w)),
        "emoji inside words": lambda t: per_word(t, rng, lambda w: w[:len(w) // 2] + "🔥" + w[len(w) // 2:]),
        "letters spaced out": lambda t: per_word(t, rng, lambda w: " ".join(w), 0.3),
        "letters dotted": lambda t: per_word(t, rng, lambda w: ".".join(w), 0.3),
        "words glued together": lambda t: re.sub(
            r"(\w) (\w)", lambda m: m.group(1) + m.group(2) if rng.random() < 0.3 else m.group(0), t),
    }


def main():
    os.makedirs(WORK, exist_ok=True)
    ids = {l.strip() for l in open(os.path.join(REPO, "data/splits/dev_fold_ids.txt"))
           if l.strip() and not l.startswith("#")}
    with open(os.path.join(REPO, "..", "shared", "data", "dev", "labeled_dev.jsonl"), encoding="utf-8") as f:
        dev = [r for r in (json.loads(l) for l in f if l.strip()) if r["id"] in ids]
    print("dev fold: %d records (%d positive); `saring eval` %s" %
          (len(dev), sum(r["label"] != "legal" for r in dev), " ".join(EXTRA) or "(rules + model)"))
    print("%-30s %9s %7s %7s   %s" % ("transform", "precision", "recall", "F1",
                                        "recall of violation + review"))
    for name, change in transforms(random.Random(7)).items():
        path = os.path.join(WORK, re.sub(r"\W+", "_", name) + ".jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for r in dev:
                out.write(json.dumps(dict(r, text=change(r["text"])), ensure_ascii=False) + "\n")
        report = subprocess.run([SARING, "eval", path] + EXTRA, check=True, capture_output=True,
                                text=True).stdout
        lines = report.splitlines()
        p, r, f1 = next(l for l in lines if l.startswith("violation ")).split()[1:4]
        with_review = next(l for l in lines if l.startswith("violation+review ")).split()[2]
        print("%-30s %9s %7s %7s   %s" % (name, p, r, f1, with_review))


if __name__ == "__main__":
    main()
