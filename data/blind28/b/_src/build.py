"""Build x54b_longform.jsonl from the hand-written lists in _src/*.py.
Labels are derived here from the four elements; ids assigned after a seeded shuffle."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import illegal_a, illegal_b, legal_a, legal_b

OUT = os.path.join(os.path.dirname(HERE), "x54b_longform.jsonl")
SEED = 5402
PREFIX = "x54b"

rows = []
for mod in (illegal_a, illegal_b, legal_a, legal_b):
    for kind, category, offer, used, clothing, abroad, text in mod.RECORDS:
        lines = [ln.rstrip() for ln in text.strip().split("\n")]
        text = "\n".join(ln for ln in lines if ln.strip())
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label,
                     "category": category, "style": "longform", "elements": el})

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"],
               "label": r["label"], "category": r["category"], "style": r["style"],
               "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
