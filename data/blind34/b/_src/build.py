# Builds x66b_longform.jsonl from the hand-written batches b1-b4.
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1, b2, b3, b4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x66b_longform.jsonl")
SEED = 6602
PREFIX = "x66b-"

def main():
    rows = b1.R + b2.R + b3.R + b4.R
    recs = []
    for kind, cat, o, u, c, a, text in rows:
        t = "\n".join(line.rstrip() for line in text.strip().split("\n") if line.strip())
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"kind": kind, "text": t, "label": label, "category": cat,
                     "style": "longform", "elements": el})
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            rec = {"id": f"{PREFIX}{i:04d}", **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
