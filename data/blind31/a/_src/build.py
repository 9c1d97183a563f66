"""Build x62a_oneliners.jsonl from the hand-written lists in _src/b0*.py."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b01_plain, b02_code, b03_dodge, b04_legal_offers, b05_legal_misc, b06_legal_news, b07_legal_reports

MODULES = [b01_plain, b02_code, b03_dodge, b04_legal_offers, b05_legal_misc, b06_legal_news, b07_legal_reports]
OUT = os.path.join(os.path.dirname(HERE), "x62a_oneliners.jsonl")

rows = []
for m in MODULES:
    for kind, cat, offer, used, clothing, abroad, text in m.R:
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "oneliner", "elements": el})

random.Random(6201).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"x62a-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(rows), "records ->", OUT)
