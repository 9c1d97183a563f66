"""Build x8a_oneliners.jsonl and x8a_longform.jsonl from the hand-written lists in _src/*.py."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ("offer", "used", "clothing", "abroad")


def load(prefix):
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.R)
    return rows


def make(rows, style, start, seed, fname):
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = dict(zip(KEYS, (o, u, c, a)))
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({"id": "x8a-%04d" % (start + i), "kind": kind, "text": text.strip(), "label": label,
                     "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(recs))


if __name__ == "__main__":
    make(load("ol_"), "oneliner", 1, 20261204, "x8a_oneliners.jsonl")
    make(load("lf_"), "longform", 1001, 20261205, "x8a_longform.jsonl")
