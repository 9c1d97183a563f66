"""Build x20b_longform.jsonl from hand-written batches (b1..b4)."""
import json, random, os, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x20b_longform.jsonl")
BATCHES = ["b1", "b2", "b3", "b4"]

def main():
    import sys
    sys.path.insert(0, HERE)
    recs = []
    for b in BATCHES:
        mod = importlib.import_module(b)
        recs.extend(mod.RECORDS)
    rng = random.Random(20140)
    rng.shuffle(recs)
    rows = []
    for i, (kind, category, el, text) in enumerate(recs, 1):
        o, u, c, a = el
        elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
        rows.append({
            "id": "x20b%04d" % i,
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": category,
            "style": "longform",
            "elements": elements,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)

if __name__ == "__main__":
    main()
