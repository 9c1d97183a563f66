"""Build x73a_oneliners.jsonl from the hand-written lists in _src/b0*.py."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x73a_oneliners.jsonl")
MODULES = ["b01_plain", "b02_code", "b03_dodge", "b04_legal_sellers",
           "b05_legal_goods", "b06_legal_talk", "b07_legal_people"]
SEED = 3801
PREFIX = "x73a"

sys.path.insert(0, HERE)
rows = []
for m in MODULES:
    rows.extend(importlib.import_module(m).ROWS)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": category, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")
