"""Build x7d one-liner and long-form JSONL files from the hand-written lists in ol_*.py / lf_*.py.
Each source entry: (kind, category, offer, used, clothing, abroad, text). Label derived here."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(prefix):
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        recs.extend(m.R)
    return recs

def build(prefix, start, style, fname):
    recs = load(prefix)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": "x7d-%04d" % (start + i), "kind": kind, "text": text.strip("\n"),
                    "label": label, "category": cat, "style": style, "elements": el})
    random.Random(7).shuffle(out)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(out))

build("ol", 1, "oneliner", "x7d_oneliners.jsonl")
build("lf", 1001, "longform", "x7d_longform.jsonl")
