"""Build x73b_longform.jsonl from the hand-written batches in _src/."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4

PREFIX = "x73b"
SEED = 3802
OUT = os.path.join(os.path.dirname(HERE), "x73b_longform.jsonl")
ELEMENT_KEYS = ("offer", "used", "clothing", "abroad")


def derive_label(el):
    return "illegal_used_import" if all(el[k] == 1 for k in ELEMENT_KEYS) else "legal"


def main():
    items = batch1.ITEMS + batch2.ITEMS + batch3.ITEMS + batch4.ITEMS
    records = []
    for kind, category, bits, text in items:
        assert len(bits) == 4 and set(bits) <= {"0", "1"}, bits
        el = {k: int(b) for k, b in zip(ELEMENT_KEYS, bits)}
        text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
        records.append({"kind": kind, "text": text, "category": category, "elements": el})
    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {
                "id": f"{PREFIX}-{i:04d}",
                "kind": r["kind"],
                "text": r["text"],
                "label": derive_label(r["elements"]),
                "category": r["category"],
                "style": "longform",
                "elements": r["elements"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
