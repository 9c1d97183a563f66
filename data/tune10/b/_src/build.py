import json, random, os, importlib, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

def load(prefix):
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        recs.extend(mod.DATA)
    return recs

def make(prefix, style, start, fname, seed):
    recs = load(prefix)
    rnd = random.Random(seed)
    rnd.shuffle(recs)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": "x12b-%04d" % (start + i), "kind": kind, "text": text.strip(),
                    "label": label, "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(out))

make("ol", "oneliner", 1, "x12b_oneliners.jsonl", 1201)
make("lf", "longform", 1001, "x12b_longform.jsonl", 1202)
