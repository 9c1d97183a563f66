"""Build x10 JSONL files from the hand-written lists in _src/*.py."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

OL_MODULES = ["ol_ill_1", "ol_ill_2", "ol_ill_3", "ol_ill_4",
              "ol_leg_1", "ol_leg_2", "ol_leg_3", "ol_leg_4", "ol_leg_5"]
LF_MODULES = [m[:-3] for m in sorted(os.listdir(HERE)) if m.startswith("lf_") and m.endswith(".py")]


def load(mods):
    items = []
    for m in mods:
        items.extend(importlib.import_module(m).ITEMS)
    return items


def make(items, style, seed, start):
    items = list(items)
    random.Random(seed).shuffle(items)
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(items):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": "x10-%04d" % (start + i), "kind": kind, "text": text,
                     "label": label, "category": cat, "style": style, "elements": el})
    return recs


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ol = make(load(OL_MODULES), "oneliner", 10101, 1)
    lf = make(load(LF_MODULES), "longform", 10102, 1001)
    write(os.path.join(OUT, "x10_oneliners.jsonl"), ol)
    write(os.path.join(OUT, "x10_longform.jsonl"), lf)
    print("oneliners", len(ol), "longform", len(lf))
