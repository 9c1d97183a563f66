"""Build x38b_longform.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import legal_a, legal_b, legal_c, illegal_a

OUT = os.path.join(HERE, "..", "x38b_longform.jsonl")
PREFIX, START = "x38b", 1
SEED = 3802

def main():
    rows = legal_a.R + legal_b.R + legal_c.R + illegal_a.R
    rng = random.Random(SEED)
    rng.shuffle(rows)
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        text = "\n".join(l.strip() for l in text.strip().split("\n") if l.strip())
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text,
                     "label": label, "category": cat, "style": "longform", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
