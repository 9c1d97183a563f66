"""Build x56b_longform.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import legal_a, legal_b, legal_c, illegal  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x56b_longform.jsonl")
SEED = 5602
PREFIX = "x56b"
STYLE = "longform"


def clean(text):
    lines = [ln.rstrip() for ln in text.strip().split("\n")]
    return "\n".join(lines)


def main():
    rows = []
    for mod in (legal_a, legal_b, legal_c, illegal):
        for kind, category, offer, used, clothing, abroad, text in mod.RECORDS:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"kind": kind, "text": clean(text), "label": label,
                         "category": category, "style": STYLE, "elements": el})
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
