"""Build x55b_longform.jsonl from the hand-written lists in _src/*.py.
Label is derived from the four elements, never typed."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import illegal_a, illegal_b, legal_a, legal_b  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x55b_longform.jsonl")
SEED = 5502
PREFIX = "x55b"


def label_of(el):
    return "illegal_used_import" if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"


def main():
    items = []
    for mod in (illegal_a, illegal_b, legal_a, legal_b):
        items.extend(mod.ITEMS)
    rng = random.Random(SEED)
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(items, 1):
            text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            rec = {
                "id": f"{PREFIX}-{i:04d}",
                "kind": kind,
                "text": text,
                "label": label_of(el),
                "category": cat,
                "style": "longform",
                "elements": el,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} records to {OUT}")


if __name__ == "__main__":
    main()
