"""Build x40c_oneliners.jsonl from the hand-written batches (no generation, only assembly)."""
import json, random, os
import b1_illegal, b2_illegal, b3_illegal, b4_legal, b5_legal, b6_legal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x40c_oneliners.jsonl")
SEED = 4003

rows = []
for mod in (b1_illegal, b2_illegal, b3_illegal, b4_legal, b5_legal, b6_legal):
    for kind, cat, o, u, c, a, text in mod.RECORDS:
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "oneliner", "elements": el})

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"x40c{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")
