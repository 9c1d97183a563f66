import json, random, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x41c_oneliners.jsonl")
BATCHES = ["i1", "i2", "i3", "l1", "l2", "l3"]

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.R

rows = []
for b in BATCHES:
    for kind, cat, o, u, c, a, text in load(b):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "oneliner", "elements": el})

random.Random(4103).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"x41c{i:04d}", **r}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
