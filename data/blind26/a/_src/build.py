"""Build x52a_oneliners.jsonl from the hand-written batches in _src/b*.py.
Each batch holds RECORDS = [(kind, category, text, offer, used, clothing, abroad), ...].
Label is derived here, never typed. Records are shuffled with seed 5201, then numbered."""
import importlib, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x52a_oneliners.jsonl")
BATCHES = ["b1_illegal_plain", "b2_illegal_code", "b3_illegal_dodge", "b4_legal_sellers",
           "b5_legal_nonclothing_news", "b6_legal_people", "b7_legal_misc"]

def main():
    import sys
    sys.path.insert(0, HERE)
    rows = []
    for name in BATCHES:
        rows.extend(importlib.import_module(name).RECORDS)
    random.Random(5201).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, text, o, u, c, a) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"x52a-{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
