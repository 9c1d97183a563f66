"""Build x75a_oneliners.jsonl from the hand-written batches. Labels are derived, never typed."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1_plain, b2_code, b3_dodge, b4_legal_sellers, b5_legal_goods, b6_legal_talk, b7_legal_reports

BATCHES = [b1_plain, b2_code, b3_dodge, b4_legal_sellers, b5_legal_goods, b6_legal_talk, b7_legal_reports]
PREFIX, SEED, OUT = "x75a", 3901, os.path.join(os.path.dirname(HERE), "x75a_oneliners.jsonl")

rows = []
for mod in BATCHES:
    for kind, category, text, offer, used, clothing, abroad in mod.RECORDS:
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": category,
                     "style": "oneliner", "elements": el})

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
