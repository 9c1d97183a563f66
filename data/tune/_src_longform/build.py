"""Build /work/main/data/tune/longform.jsonl from the hand-written batch files.

Usage: python3 build.py
IDs t2-1001..t2-1500 are assigned after a shuffle with a fixed seed.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "longform.jsonl")
SEED = 20240521
FIELDS = ["id", "kind", "text", "label", "category", "style", "elements"]


def load_records():
    import sys
    sys.path.insert(0, HERE)
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for r in mod.RECORDS:
            r = dict(r)
            r["_src"] = name
            recs.append(r)
    return recs


def main():
    recs = load_records()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r["id"] = "t2-%d" % (1001 + i)
            obj = {k: r[k] for k in FIELDS}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
