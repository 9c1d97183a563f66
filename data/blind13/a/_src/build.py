import json, random, os, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BATCHES = ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]
rows = []
for b in BATCHES:
    try:
        m = importlib.import_module(b)
    except ModuleNotFoundError:
        continue
    rows.extend(m.R)
recs = []
for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    recs.append({"id": "x19a%04d" % i, "kind": kind, "text": text, "label": label,
                 "category": cat, "style": "oneliner", "elements": el})
random.Random(1913).shuffle(recs)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x19a_oneliners.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(recs), out)
