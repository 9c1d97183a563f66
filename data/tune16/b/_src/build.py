"""Build x28b_longform.jsonl from the hand-written batches in this folder."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4  # noqa: E402

PREFIX = "x28b"
STYLE = "longform"
OUT = os.path.join(os.path.dirname(HERE), "x28b_longform.jsonl")
SEED = 2816


def main():
    entries = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS
    recs = []
    for i, (kind, category, el, text) in enumerate(entries, start=1):
        o, u, c, a = el
        elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
        recs.append({
            "id": f"{PREFIX}{i:04d}",
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": category,
            "style": STYLE,
            "elements": elements,
        })
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
