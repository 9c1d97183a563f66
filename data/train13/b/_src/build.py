"""Build x57b_longform.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import illegal, legal_a, legal_b, legal_c  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x57b_longform.jsonl")
SEED = 5702
PREFIX = "x57b"


def main():
    items = legal_a.ITEMS + legal_b.ITEMS + legal_c.ITEMS + illegal.ITEMS
    rng = random.Random(SEED)
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(items, 1):
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text.strip(),
                   "label": label, "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} records to {OUT}")


if __name__ == "__main__":
    main()
