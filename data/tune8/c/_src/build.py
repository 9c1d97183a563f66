"""Build x6c_oneliners.jsonl and x6c_longform.jsonl from the hand-written lists in _src/."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ("offer", "used", "clothing", "abroad")


def load(prefix):
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.DATA)
    return rows


def make(rows, style, start, fname, seed):
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = dict(zip(KEYS, (o, u, c, a)))
        label = "illegal_used_import" if all(el.values()) else "legal"
        out.append({"id": "x6c-%04d" % (start + i), "kind": kind, "text": text.strip("\n"),
                    "label": label, "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(out))


if __name__ == "__main__":
    make(load("one"), "oneliner", 1, "x6c_oneliners.jsonl", 6061)
    make(load("long"), "longform", 1001, "x6c_longform.jsonl", 6062)
