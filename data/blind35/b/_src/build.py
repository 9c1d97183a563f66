"""Build x68b_longform.jsonl from the hand-written batches. Label is derived here."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4

OUT = os.path.join(HERE, "..", "x68b_longform.jsonl")
PREFIX, SEED = "x68b", 6802

def main():
    raw = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS
    rows = []
    for kind, cat, el, text in raw:
        o, u, c, a = (int(ch) for ch in el)
        elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(elements.values()) else "legal"
        text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
        rows.append({"kind": kind, "text": text, "label": label,
                     "category": cat, "style": "longform", "elements": elements})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": r["style"],
                   "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
