"""Build x39b_longform.jsonl from the hand-written batches b1..b4 (long-form only)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1, b2, b3, b4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x39b_longform.jsonl")
PREFIX, SEED = "x39b", 3902

def main():
    rows = b1.R + b2.R + b3.R + b4.R
    recs = []
    for kind, cat, o, u, c, a, text in rows:
        text = "\n".join(l.rstrip() for l in text.strip().split("\n"))
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "longform", "elements": el})
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            d = {"id": f"{PREFIX}{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                 "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
