#!/usr/bin/env python3
"""Writes N listings in the realistic mix the enforcement benchmarks post.

About half offer imported used clothing (the labelled illegal examples of
data/samples/written_examples.jsonl), half are ordinary goods (the real
marketplace titles of data/samples/prdect_id_titles.jsonl and the labelled
legal examples); every title gets a varied size, price and stock note, so
no two bodies are alike; sellers are drawn from SELLERS accounts (default
2,000). Deterministic (seed 42).
Usage: bench/make_mix.py N [SELLERS] > mix.jsonl
"""
import json
import os
import random
import sys


def load(path, keep):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r["text"] for r in rows if keep(r)]


def main():
    n = int(sys.argv[1])
    sellers = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    samples = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "data", "samples")
    written = os.path.join(samples, "written_examples.jsonl")
    illegal = load(written, lambda r: r.get("label") == "illegal_used_import")
    legal = load(written, lambda r: r.get("label") == "legal")
    legal += load(os.path.join(samples, "prdect_id_titles.jsonl"), lambda r: True)
    rng = random.Random(42)
    sizes = ["S", "M", "L", "XL", "XXL", "all size", "LD 52", "PJ 70"]
    notes = ["ready stock", "kirim hari ini", "bisa COD", "stok terbatas", "grosir bisa",
             "cek foto", "nego tipis", "original"]
    out = sys.stdout
    for i in range(n):
        title = rng.choice(illegal if rng.random() < 0.5 else legal)
        desc = "Size %s, %drb, %s." % (rng.choice(sizes), rng.randint(15, 900), rng.choice(notes))
        out.write(json.dumps({"id": "m%07d" % i, "title": title, "description": desc,
                              "seller_id": "s%d" % rng.randrange(sellers)},
                             ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
