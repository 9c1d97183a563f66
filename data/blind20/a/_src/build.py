"""Build x34a_oneliners.jsonl from the hand-written batches b1..b6."""
import json, random, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x34a_oneliners.jsonl")
SEED = 3401
PREFIX = "x34a"

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.RECORDS

rows = []
for b in ["b1", "b2", "b3", "b4", "b5", "b6"]:
    rows.extend(load(b))

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", OUT)
