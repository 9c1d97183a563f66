import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3, batch4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x46b_longform.jsonl")
rows = []
for mod in (batch1, batch2, batch3, batch4):
    for kind, cat, offer, used, clothing, abroad, text in mod.RECORDS:
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text.strip(), "label": label, "category": cat,
                     "style": "longform", "elements": el})
random.Random(4602).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"x46b{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), OUT)
