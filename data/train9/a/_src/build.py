"""Build x35a_oneliners.jsonl from the hand-written batches b1..b8."""
import json, random, os, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "x35a_oneliners.jsonl")
BATCHES = ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"]

def main():
    rows = []
    for b in BATCHES:
        rows += importlib.import_module(b).ROWS
    random.Random(3501).shuffle(rows)
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": f"x35a{i:04d}", "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "oneliner", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
