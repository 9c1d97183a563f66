"""Build x52b_longform.jsonl from the hand-written batches. Labels are derived, never typed."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x52b_longform.jsonl")
SEED = 5202


def main():
    raw = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS
    rng = random.Random(SEED)
    rng.shuffle(raw)
    rows = []
    for i, (kind, category, el, text) in enumerate(raw, start=1):
        offer, used, clothing, abroad = el
        label = "illegal_used_import" if all(el) else "legal"
        rows.append({
            "id": "x52b-%04d" % i,
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": category,
            "style": "longform",
            "elements": {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad},
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)


if __name__ == "__main__":
    main()
