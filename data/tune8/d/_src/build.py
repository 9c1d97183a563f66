"""Build x6d_oneliners.jsonl and x6d_longform.jsonl from the hand-written lists in _src/."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(names):
    rows = []
    for n in names:
        ns = {}
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            exec(f.read(), ns)
        rows.extend(ns["R"])
    return rows

def make(rows, style, start, seed, fname):
    rng = random.Random(seed)
    rows = list(rows)
    rng.shuffle(rows)
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": "x6d-%04d" % (start + i), "kind": kind, "text": text,
                     "label": label, "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs

if __name__ == "__main__":
    ol = load(["ol_0%d.py" % i for i in range(1, 8)])
    lf = load(["lf_0%d.py" % i for i in range(1, 5)])
    a = make(ol, "oneliner", 1, 6601, "x6d_oneliners.jsonl")
    b = make(lf, "longform", 1001, 6602, "x6d_longform.jsonl")
    print("oneliners", len(a), "longform", len(b))
