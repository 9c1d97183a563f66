"""Build x18a_oneliners.jsonl from the hand-written lists in b1..b7."""
import json, os, random
import b1, b2, b3, b4, b5, b6, b7

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x18a_oneliners.jsonl")

rows = []
for mod in (b1, b2, b3, b4, b5, b6, b7):
    rows.extend(mod.R)

random.Random(1813).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": "x18a%04d" % i, "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
