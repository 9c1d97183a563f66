"""Build x50a_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1, b2, b3, b4, b5, b6  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x50a_oneliners.jsonl")
SEED = 5001
PREFIX = "x50a"
STYLE = "oneliner"


def main():
    items = []
    for mod in (b1, b2, b3, b4, b5, b6):
        items.extend(mod.ITEMS)
    rng = random.Random(SEED)
    rng.shuffle(items)
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(items, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
                     "category": cat, "style": STYLE, "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
