# Builds oneliners.jsonl and longform.jsonl from the hand-written lists in ol*.py and lf*.py.
import json, random, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

def load(mods):
    recs = []
    for m in mods:
        recs.extend(importlib.import_module(m).DATA)
    return recs

def make(entries, start, style):
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(entries):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        out.append({"id": "x5c-%04d" % (start + i), "kind": kind, "text": text.strip("\n"),
                    "label": label, "category": cat, "style": style, "elements": el})
    return out

def write(name, recs, seed):
    random.Random(seed).shuffle(recs)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

ol = make(load(["ol1", "ol2"]), 1, "oneliner")
lf = make(load(["lf1", "lf2", "lf3", "lf4", "lf5", "lf6"]), 1001, "longform")
write("oneliners.jsonl", ol, 5051)
write("longform.jsonl", lf, 5052)
print("oneliners", len(ol), "longform", len(lf))
