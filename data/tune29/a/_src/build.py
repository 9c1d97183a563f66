"""Build x65a_oneliners.jsonl from the hand-written batches b01..b07."""
import json, random, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x65a_oneliners.jsonl")
SEED = 6501
PREFIX = "x65a"

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.R

rows = []
for i in range(1, 8):
    rows.extend(load("b%02d" % i))

rng = random.Random(SEED)
rng.shuffle(rows)

with open(OUT, "w", encoding="utf-8") as f:
    for n, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": "%s-%04d" % (PREFIX, n), "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", OUT)
