"""Build x24a_oneliners.jsonl from the hand-written lists in _src/*.py.
Labels are derived here from the four elements, never typed."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x24a_oneliners.jsonl")
MODULES = ["ill_a", "ill_b", "ill_c", "leg_a", "leg_b", "leg_c", "leg_d"]
PREFIX, START = "x24a", 1
SEED = 2415

def main():
    sys.path.insert(0, HERE)
    rows = []
    for m in MODULES:
        for kind, cat, offer, used, clothing, abroad, text in importlib.import_module(m).RECORDS:
            rows.append((kind, cat, offer, used, clothing, abroad, text))
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows):
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
