"""Build the two JSONL files from the hand-written lists in this folder."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.R

def records(files, style, start):
    rows = []
    for f in files:
        rows.extend(load(f))
    random.Random(5105 + start).shuffle(rows)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": "x5a-%04d" % (start + i), "kind": kind, "text": text,
                    "label": label, "category": cat, "style": style, "elements": el})
    return out

def write(path, recs):
    with open(path, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    ol = records(["ol_ill1", "ol_ill2", "ol_ill3", "ol_leg1", "ol_leg2", "ol_leg3", "ol_leg4"], "oneliner", 1)
    lf = records(["lf_ill1", "lf_ill2", "lf_leg1", "lf_leg2"], "longform", 1001)
    write(os.path.join(OUT, "x5a_oneliners.jsonl"), ol)
    write(os.path.join(OUT, "x5a_longform.jsonl"), lf)
    print("oneliners", len(ol), "longform", len(lf))
