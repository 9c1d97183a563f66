"""Build x18b_longform.jsonl from the hand-written batches. Labels are derived here."""
import json, random, os, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BATCHES = ["batch1", "batch2", "batch3", "batch4"]
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x18b_longform.jsonl")

def main():
    recs = []
    for b in BATCHES:
        try:
            mod = importlib.import_module(b)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.RECORDS)
    assert len(recs) <= 150, len(recs)
    rows = []
    for i, (kind, cat, el, text) in enumerate(recs, 1):
        o, u, c, a = el
        elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el) else "legal"
        rows.append({"id": "x18b%04d" % i, "kind": kind, "text": text.strip(), "label": label,
                     "category": cat, "style": "longform", "elements": elements})
    random.Random(1813).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)

if __name__ == "__main__":
    main()
