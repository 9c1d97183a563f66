import json, random, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catmap import coarse
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load(prefix):
    recs = []
    mods = sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if f.startswith(prefix) and f.endswith('.py'))
    for m in mods:
        recs += importlib.import_module(m).RECS
    return recs
def make(recs, style, start):
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
        text = text.strip('\n')
        label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
        cat = coarse(cat, o, u, c, a)
        out.append({"id": "x7c-%04d" % (start + i), "kind": kind, "text": text, "label": label,
                    "category": cat, "style": style,
                    "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
    random.Random(7).shuffle(out)
    return out
ol = make(load('ol'), 'oneliner', 1)
lf = make(load('lf'), 'longform', 1001)
for name, data in (('x7c_oneliners.jsonl', ol), ('x7c_longform.jsonl', lf)):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        for r in data:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(ol), len(lf))
