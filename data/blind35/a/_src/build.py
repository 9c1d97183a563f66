"""Build x68a_oneliners.jsonl from the hand-written batches in _src/b0*.py."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x68a_oneliners.jsonl")
BATCHES = ["b01_plain", "b02_code", "b03_dodge", "b04_legal_goods",
           "b05_legal_other", "b06_legal_talk", "b07_legal_mixed"]
SEED = 6801
PREFIX = "x68a-"

sys.path.insert(0, HERE)
rows = []
for name in BATCHES:
    for kind, cat, offer, used, clothing, abroad, text in importlib.import_module(name).RECORDS:
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "oneliner", "elements": el})

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"{PREFIX}{i:04d}", **r}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
