"""Build x62c_oneliners.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill1, ill2, ill3, leg1, leg2, leg3, leg4

OUT = os.path.join(HERE, "..", "x62c_oneliners.jsonl")
SEED = 6203
PREFIX = "x62c"

rows = []
for mod in (ill1, ill2, ill3, leg1, leg2, leg3, leg4):
    rows.extend(mod.R)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, offer, used, cloth, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": cloth, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
