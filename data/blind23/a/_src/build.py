"""Build x42a_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, random, importlib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x42a_oneliners.jsonl")
BATCHES = ["b1_offers", "b2_offers", "b3_legal_buyers", "b4_legal_jokes_reports",
           "b5_legal_news", "b6_legal_sellers", "b7_legal_mixed"]
SEED = 4201

sys.path.insert(0, HERE)
rows = []
for b in BATCHES:
    for kind, cat, offer, used, cloth, abroad, text in importlib.import_module(b).RECORDS:
        rows.append((kind, cat, offer, used, cloth, abroad, text))

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, offer, used, cloth, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": cloth, "abroad": abroad}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": f"x42a{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")
