"""Build x8b_oneliners.jsonl and x8b_longform.jsonl from hand-written lists.
Each entry: (kind, category, offer, used, clothing, abroad, text[, register]).
The optional register tag is only used for README statistics."""
import json, random, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

def load(prefix):
    rows = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith('.py'):
            rows.extend(importlib.import_module(fn[:-3]).R)
    return rows

def build(prefix, style, start, fname, seed):
    rows = load(prefix)
    rng = random.Random(seed)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        kind, cat, o, u, c, a, text = r[:7]
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": "x8b-%04d" % (start + i), "kind": kind, "text": text.strip("\n"),
                    "label": label, "category": cat, "style": style, "elements": el})
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(out))

if __name__ == "__main__":
    build("ol", "oneliner", 1, "x8b_oneliners.jsonl", 8081)
    build("lf", "longform", 1001, "x8b_longform.jsonl", 8082)
