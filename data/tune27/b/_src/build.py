"""Build x49b_longform.jsonl from hand-written texts in _src/texts_*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts_a import A
from texts_b import B
from texts_c import C
from texts_d import D

PREFIX = "x49b"
STYLE = "longform"
SEED = 4902
OUT = os.path.join(os.path.dirname(HERE), "x49b_longform.jsonl")


def main():
    rows = A + B + C + D
    recs = []
    for kind, cat, o, u, c, a, text in rows:
        text = text.strip()
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el[k] == 1 for k in el) else "legal"
        recs.append({"kind": kind, "text": text, "label": label,
                     "category": cat, "style": STYLE, "elements": el})
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            out = {"id": f"{PREFIX}{i:04d}", "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": r["style"],
                   "elements": r["elements"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
