"""Build x76c_oneliners.jsonl from the hand-written batches b1..b7."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x76c_oneliners.jsonl")
PREFIX, SEED, N = "x76c", 3313, 300

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.RECORDS

rows = []
for b in ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]:
    rows.extend(load(b))
assert len(rows) == N, len(rows)
random.Random(SEED).shuffle(rows)

with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "->", OUT)
