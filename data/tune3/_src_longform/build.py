"""Build /work/main/data/tune3/longform.jsonl from hand-written rows (fixed-seed shuffle)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ill_a, ill_b, leg_a, leg_b, leg_c

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "longform.jsonl")
SEED = 20261201

def main():
    rows = ill_a.ROWS + ill_b.ROWS + leg_a.ROWS + leg_b.ROWS + leg_c.ROWS
    random.Random(SEED).shuffle(rows)
    recs = []
    for i, r in enumerate(rows):
        el = r["el"]
        elements = {k: int(c) for k, c in zip(("offer", "used", "clothing", "abroad"), el)}
        label = "illegal_used_import" if el == "1111" else "legal"
        recs.append({
            "id": f"t3-{1001 + i}",
            "kind": r["kind"],
            "text": r["text"],
            "label": label,
            "category": r["category"],
            "style": "longform",
            "elements": elements,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} rows to {OUT}")

if __name__ == "__main__":
    main()
