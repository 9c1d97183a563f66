"""Build x45a_oneliners.jsonl from the hand-written batches b1..b6."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x45a_oneliners.jsonl")
SEED = 4501
PREFIX, FIRST = "x45a", 1

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.RECS

rows = []
for b in ["b1", "b2", "b3", "b4", "b5", "b6"]:
    rows.extend(load(b))

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": f"{PREFIX}{FIRST + i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
