"""Build x63c_oneliners.jsonl from the hand-written batches in _src/b0*.py."""
import importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x63c_oneliners.jsonl")
SEED = 6303
PREFIX = "x63c"

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.B

rows = []
for i in range(1, 9):
    rows.extend(load("b%02d" % i))

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as fh:
    for n, (kind, cat, text, o, u, c, a) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": "%s-%04d" % (PREFIX, n), "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", OUT)
