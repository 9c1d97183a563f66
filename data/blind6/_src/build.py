"""Build blind6 JSONL files from the hand-written lists in this folder.

Each source module defines RECORDS = [(kind, category, offer, used, clothing, abroad, text), ...].
The label is derived here (illegal_used_import iff all four elements are 1), never typed by hand.
Record order is shuffled with a fixed seed so that ids carry no information about the label.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load(prefix):
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def derive_label(el):
    return "illegal_used_import" if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"


def build(prefix, style, first_id, seed, outname):
    recs = load(prefix)
    rng = random.Random(seed)
    rng.shuffle(recs)
    rows = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
        text = text.strip("\n") if style == "longform" else text
        if style == "longform":
            text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
        el = {"offer": int(o), "used": int(u), "clothing": int(c), "abroad": int(a)}
        rows.append({
            "id": "b6-%04d" % (first_id + i),
            "kind": kind,
            "text": text,
            "label": derive_label(el),
            "category": cat,
            "style": style,
            "elements": el,
        })
    with open(os.path.join(OUT, outname), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ill = sum(r["label"] == "illegal_used_import" for r in rows)
    print("%s: %d records, %d illegal, %d legal" % (outname, len(rows), n_ill, len(rows) - n_ill))


if __name__ == "__main__":
    build("oneliners", "oneliner", 1, 6001, "oneliners.jsonl")
    build("longform", "longform", 1001, 6002, "longform.jsonl")
