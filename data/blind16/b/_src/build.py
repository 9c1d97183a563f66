"""Build x23b_longform.jsonl from the hand-written batches in _src/batch*.py.
Labels are derived from the four elements, never typed. Shuffle uses a fixed seed;
ids x23b0001.. are assigned after shuffling."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x23b_longform.jsonl")
SEED = 2316
PREFIX = "x23b"


def label_of(el):
    return "illegal_used_import" if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"


def main():
    rows = []
    for mod in (batch1, batch2, batch3, batch4):
        for kind, category, flags, text in mod.RECORDS:
            assert len(flags) == 4 and set(flags) <= {"0", "1"}, flags
            el = {"offer": int(flags[0]), "used": int(flags[1]),
                  "clothing": int(flags[2]), "abroad": int(flags[3])}
            rows.append((kind, category, el, text.strip()))
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, el, text) in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text,
                   "label": label_of(el), "category": category, "style": "longform",
                   "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
