"""Build x32a_oneliners.jsonl from the hand-written batches b01..b10."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x32a_oneliners.jsonl")
sys.path.insert(0, HERE)

rows = []
for i in range(1, 11):
    mod = importlib.import_module("b%02d" % i)
    rows.extend(mod.R)

random.Random(8032).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for n, (kind, cat, offer, used, cloth, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": cloth, "abroad": abroad}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": "x32a%04d" % n, "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
