"""Build x44b_longform.jsonl from the hand-written batches (no generation, no templates)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3

OUT = os.path.join(HERE, "..", "x44b_longform.jsonl")
ELEMS = ("offer", "used", "clothing", "abroad")

def main():
    rows = []
    for kind, category, el, text in batch1.RECORDS + batch2.RECORDS + batch3.RECORDS:
        elements = {k: int(v) for k, v in zip(ELEMS, el)}
        label = "illegal_used_import" if all(elements.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label,
                     "category": category, "style": "longform", "elements": elements})
    random.Random(4402).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": "x44b%04d" % i, "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", os.path.normpath(OUT))

if __name__ == "__main__":
    main()
