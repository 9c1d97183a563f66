"""Build x33a_oneliners.jsonl from the hand-written batches b01..b07."""
import json, os, random
import b01, b02, b03, b04, b05, b06, b07

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x33a_oneliners.jsonl")

rows = []
for mod in (b01, b02, b03, b04, b05, b06, b07):
    rows.extend(mod.R)

random.Random(18033).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": "x33a%04d" % i, "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
