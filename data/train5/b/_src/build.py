import json, random, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(prefix):
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        recs.extend(m.R)
    return recs

def make(prefix, style, start, n, fname):
    recs = load(prefix)
    assert len(recs) <= n, (prefix, len(recs))
    rnd = random.Random(20261204 + start)
    rnd.shuffle(recs)
    out = []
    for i, (kind, cat, el, text) in enumerate(recs):
        o, u, c, a = (int(ch) for ch in el)
        label = "illegal_used_import" if (o and u and c and a) else "legal"
        out.append({"id": "x7b-%04d" % (start + i), "kind": kind, "text": text.strip(),
                    "label": label, "category": cat, "style": style,
                    "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(out))

if __name__ == "__main__":
    make("one", "oneliner", 1, 500, "x7b_oneliners.jsonl")
    make("long", "longform", 1001, 150, "x7b_longform.jsonl")
