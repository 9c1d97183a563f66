"""Build x42b_longform.jsonl from the hand-written batches. Shuffle with seed 4202, then assign ids."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x42b_longform.jsonl")

def main():
    rows = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS
    recs = []
    for kind, cat, o, u, c, a, text in rows:
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": None, "kind": kind, "text": text.strip(), "label": label,
                     "category": cat, "style": "longform", "elements": el})
    random.Random(4202).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = "x42b%04d" % i
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", OUT)

if __name__ == "__main__":
    main()
