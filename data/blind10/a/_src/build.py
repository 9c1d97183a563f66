"""Build x13a_oneliners.jsonl from the hand-written lists in this folder."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill_1, ill_2, ill_3, ill_4, leg_1, leg_2, leg_3, leg_4, leg_5

OUT = os.path.join(os.path.dirname(HERE), "x13a_oneliners.jsonl")
rows = []
for mod in (ill_1, ill_2, ill_3, ill_4, leg_1, leg_2, leg_3, leg_4, leg_5):
    rows.extend(mod.RECORDS)
random.Random(1301).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, text, cat, o, u, c, a) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": "x13a-%04d" % i, "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", OUT)
