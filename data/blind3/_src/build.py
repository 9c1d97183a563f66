"""Build blind3 JSONL files from hand-written texts in _src/*.py.
Each text was written individually; this script only assigns labels from the
elements, shuffles with a fixed seed and numbers the records."""
import json, random, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.R

def norm_illegal(rows):
    return [(k, c, 1, 1, 1, 1, t) for (k, c, t) in rows]

def make(rows, style):
    recs = []
    for (kind, cat, o, u, c, a, text) in rows:
        text = text.strip()
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({"id": None, "kind": kind, "text": text, "label": label,
                     "category": cat, "style": style, "elements": el})
    return recs

one = make(norm_illegal(load("one_illegal")) + load("one_legal"), "oneliner")
lng = make(norm_illegal(load("long_illegal_a")) + norm_illegal(load("long_illegal_b"))
           + norm_illegal(load("long_illegal_c")) + norm_illegal(load("long_illegal_d"))
           + load("long_legal_a") + load("long_legal_b") + load("long_legal_c") + load("long_legal_d"),
           "longform")

def finish(recs, seed, start, fname):
    random.Random(seed).shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = "b3-%04d" % (start + i)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(recs))

finish(one, 20240603, 1, "oneliners.jsonl")
finish(lng, 20240604, 1001, "longform.jsonl")
