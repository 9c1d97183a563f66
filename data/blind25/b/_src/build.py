"""Build x47b_longform.jsonl from the hand-written batches in _src/batch*.py."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3, batch4

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x47b_longform.jsonl")
SEED = 4702
PREFIX = "x47b"
STYLE = "longform"
LABEL_ILLEGAL = "illegal_used_import"

def load():
    recs = []
    for m in (batch1, batch2, batch3, batch4):
        recs.extend(m.RECORDS)
    return recs

def derive_label(el):
    return LABEL_ILLEGAL if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"

def adjacent_family(order):
    return any(a["fam"] == b["fam"] for a, b in zip(order, order[1:]))

def shuffled(recs):
    rng = random.Random(SEED)
    order = list(recs)
    rng.shuffle(order)
    # keep reshuffling with the same seeded generator until no two members
    # of one family sit next to each other (deterministic for a fixed seed)
    while adjacent_family(order):
        rng.shuffle(order)
    return order

def main():
    recs = shuffled(load())
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            el = {k: r["elements"][k] for k in ("offer", "used", "clothing", "abroad")}
            out = {
                "id": f"{PREFIX}{i:04d}",
                "kind": r["kind"],
                "text": r["text"],
                "label": derive_label(el),
                "category": r["category"],
                "style": STYLE,
                "elements": el,
            }
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
