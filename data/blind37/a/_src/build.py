"""Build x71a_oneliners.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d

OUT = os.path.join(os.path.dirname(HERE), "x71a_oneliners.jsonl")
PREFIX, SEED = "x71a", 7101

rows = []
for mod in (ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d):
    rows.extend(mod.ROWS)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, category, text, offer, used, clothing, abroad) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": category, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
