"""Build x45b_longform.jsonl from the hand-written batches (no text generation here)."""
import json, random, os
import batch1, batch2, batch3

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x45b_longform.jsonl")

def main():
    recs = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS
    random.Random(4502).shuffle(recs)
    rows = []
    for i, r in enumerate(recs, 1):
        o, u, c, a = r["e"]
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        text = "\n".join(l.rstrip() for l in r["t"].strip().split("\n"))
        rows.append({"id": f"x45b{i:04d}", "kind": r["kind"], "text": text, "label": label,
                     "category": r["cat"], "style": "longform", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", os.path.normpath(OUT))

if __name__ == "__main__":
    main()
