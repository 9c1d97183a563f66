"""Build x22d_longform.jsonl from the hand-written batches b1..b4."""
import json, os, random
import b1, b2, b3, b4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x22d_longform.jsonl")

def main():
    rows = b1.RECORDS + b2.RECORDS + b3.RECORDS + b4.RECORDS
    recs = []
    for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        text = "\n".join(l.rstrip() for l in text.strip().split("\n"))
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": "x22d%04d" % i, "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "longform", "elements": el})
    random.Random(22150).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", os.path.normpath(OUT))

if __name__ == "__main__":
    main()
