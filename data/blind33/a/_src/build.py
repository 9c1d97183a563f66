"""Build x64a_oneliners.jsonl from the hand-written lists in _src/b0*.py."""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
OUT = os.path.join(OUT_DIR, "x64a_oneliners.jsonl")
PREFIX = "x64a"
SEED = 6401
BATCHES = [
    "b01_illegal_plain", "b02_illegal_code", "b03_illegal_dodge",
    "b04_legal_offer", "b05_legal_news_opinion", "b06_legal_people", "b07_legal_mixed",
]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main():
    rows = []
    for b in BATCHES:
        for kind, category, el, text in load(b):
            offer, used, clothing, abroad = el
            elements = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label, "category": category,
                         "style": "oneliner", "elements": elements})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
