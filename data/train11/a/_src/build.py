"""Build x55a_oneliners.jsonl from the hand-written lists in _src/*.py.
Labels are derived here from the four elements, never typed."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import illegal_a, illegal_b, illegal_c, legal_a, legal_b, legal_c  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x55a_oneliners.jsonl")
SEED = 5501
PREFIX = "x55a"


def main():
    rows = []
    for mod in (illegal_a, illegal_b, illegal_c, legal_a, legal_b, legal_c):
        for kind, category, offer, used, clothing, abroad, text in mod.RECORDS:
            els = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in els.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label,
                         "category": category, "style": "oneliner", "elements": els})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": r["style"],
                   "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
