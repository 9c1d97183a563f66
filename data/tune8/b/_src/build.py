"""Build x6b_oneliners.jsonl and x6b_longform.jsonl from the hand-written lists in _src/."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

OL_MODULES = ["ol_a", "ol_b", "ol_c", "ol_d", "ol_e", "ol_f", "ol_g"]
LF_MODULES = ["lf_a", "lf_b", "lf_c", "lf_d", "lf_e"]


def load(mods):
    items = []
    for m in mods:
        items.extend(importlib.import_module(m).ITEMS)
    return items


def make(items, start, style):
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(items):
        text = text.strip()
        if style == "longform":
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        el = {"offer": int(o), "used": int(u), "clothing": int(c), "abroad": int(a)}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({
            "id": "x6b-%04d" % (start + i),
            "kind": kind,
            "text": text,
            "label": label,
            "category": cat,
            "style": style,
            "elements": el,
        })
    return recs


def write(recs, name, seed):
    random.Random(seed).shuffle(recs)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(recs))


if __name__ == "__main__":
    write(make(load(OL_MODULES), 1, "oneliner"), "x6b_oneliners.jsonl", 6201)
    write(make(load(LF_MODULES), 1001, "longform"), "x6b_longform.jsonl", 6202)
