import json, random, importlib, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(prefix):
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + '_*.py'))):
        name = os.path.basename(f)[:-3]
        ns = {}
        exec(open(f, encoding='utf-8').read(), ns)
        recs.extend(ns['R'])
    return recs

def make(prefix, style, start, out):
    raw = load(prefix)
    random.Random(5).shuffle(raw)
    res = []
    for i, (kind, cat, el, text) in enumerate(raw):
        o, u, c, a = (int(x) for x in el)
        label = 'illegal_used_import' if (o and u and c and a) else 'legal'
        res.append({"id": "x7a-%04d" % (start + i), "kind": kind, "text": text.strip(),
                    "label": label, "category": cat, "style": style,
                    "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
    with open(os.path.join(OUT, out), 'w', encoding='utf-8') as fh:
        for r in res:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(out, len(res))

make('ol', 'oneliner', 1, 'x7a_oneliners.jsonl')
make('lf', 'longform', 1001, 'x7a_longform.jsonl')
