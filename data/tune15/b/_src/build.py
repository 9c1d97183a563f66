"""Build x24b_longform.jsonl from the hand-written batches in _src/b*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1, b2, b3, b4  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x24b_longform.jsonl")
PREFIX, START = "x24b", 1


def main():
    rows = []
    for mod in (b1, b2, b3, b4):
        rows.extend(mod.RECORDS)
    recs = []
    for i, (kind, cat, bits, text) in enumerate(rows):
        o, u, c, a = (int(ch) for ch in bits)
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({
            "id": f"{PREFIX}{START + i:04d}",
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": cat,
            "style": "longform",
            "elements": el,
        })
    random.Random(2415).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
