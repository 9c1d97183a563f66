import glob, importlib.util, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
def load(prefix):
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + '_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        recs.extend(m.R)
    return recs
def build(prefix, start, seed, style, fname):
    recs = load(prefix)
    random.Random(seed).shuffle(recs)
    out = []
    for i, (kind, cat, text, o, u, c, a) in enumerate(recs):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        out.append({"id": "x9b-%04d" % (start + i), "kind": kind, "text": text.strip(),
                    "label": label, "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(fname, len(out))
build('ol', 1, 9201, 'oneliner', 'x9b_oneliners.jsonl')
build('lf', 1001, 9202, 'longform', 'x9b_longform.jsonl')
