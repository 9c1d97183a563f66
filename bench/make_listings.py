#!/usr/bin/env python3
"""Writes N listings of about 300 bytes (JSON Lines) for throughput runs.

Each listing joins real marketplace titles (../shared/data/raw/listings_real.jsonl,
or the bundled sample when the shared data is absent) into title + description
text, so the benchmark scans realistic Indonesian text at the size the goal names.
"""
import json
import os
import random
import sys


def load_titles(repo):
    shared = os.path.join(repo, "..", "shared", "data", "raw", "listings_real.jsonl")
    paths = [shared] if os.path.exists(shared) else [
        os.path.join(repo, "data", "samples", "prdect_id_titles.jsonl"),
        os.path.join(repo, "data", "samples", "written_examples.jsonl")]
    titles = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            titles += [json.loads(line)["text"] for line in f if line.strip()]
    return titles


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    titles = load_titles(repo)
    rng = random.Random(42)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            title = rng.choice(titles)[:120]
            desc = ""
            while len(title) + len(desc) < 280:
                desc += rng.choice(titles) + ". "
            desc = desc[: max(0, 300 - len(title))]
            f.write(json.dumps({"id": "b%07d" % i, "title": title, "description": desc},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
