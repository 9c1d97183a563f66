"""Build x53b_longform.jsonl from the hand-written lists in texts_*.py.
No text is generated here: rows are only read, numbered, shuffled and written."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts_a import ROWS_A
from texts_b import ROWS_B
from texts_c import ROWS_C
from texts_d import ROWS_D

OUT = os.path.join(os.path.dirname(HERE), "x53b_longform.jsonl")
SEED = 5302
PREFIX = "x53b"


def main():
    rows = ROWS_A + ROWS_B + ROWS_C + ROWS_D
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, bits, text) in enumerate(rows, 1):
            assert len(bits) == 4 and set(bits) <= {"0", "1"}, bits
            el = dict(zip(("offer", "used", "clothing", "abroad"), (int(b) for b in bits)))
            label = "illegal_used_import" if all(el.values()) else "legal"
            text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": category, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
