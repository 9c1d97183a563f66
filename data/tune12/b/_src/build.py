"""Build x16b_longform.jsonl from the hand-written lists in batch*.py."""
import json, random, os, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x16b_longform.jsonl")
BATCHES = ["batch1", "batch2", "batch3", "batch4"]

def load():
    import sys
    sys.path.insert(0, HERE)
    rows = []
    for b in BATCHES:
        mod = importlib.import_module(b)
        rows.extend(mod.RECORDS)
    return rows

def main():
    rows = load()
    rng = random.Random(20261205)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": "x16b-%04d" % i, "kind": kind, "text": text.strip("\n"),
                   "label": label, "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", os.path.normpath(OUT))

if __name__ == "__main__":
    main()
