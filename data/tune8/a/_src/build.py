"""Build x6a_oneliners.jsonl and x6a_longform.jsonl from the hand-written lists.
Each entry: (kind, category, offer, used, clothing, abroad, text). Label is derived here."""
import json, random, os, importlib, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

def load(prefix):
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        m = importlib.import_module(os.path.basename(f)[:-3])
        rows.extend(m.DATA)
    return rows

def build(prefix, style, start, fname):
    rows = load(prefix)
    random.Random(20268 + start).shuffle(rows)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": "x6a-%04d" % (start + i), "kind": kind, "text": text.strip("\n"),
                    "label": label, "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(out))

build("ol", "oneliner", 1, "x6a_oneliners.jsonl")
build("lf", "longform", 1001, "x6a_longform.jsonl")
