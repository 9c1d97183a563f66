"""Build x49a_oneliners.jsonl from the hand-written lists in _src/b*.py."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1_headlines, b2_official, b3_public, b4_hardneg, b5_illegal, b6_illegal  # noqa: E402

MODULES = [b1_headlines, b2_official, b3_public, b4_hardneg, b5_illegal, b6_illegal]
OUT = os.path.join(os.path.dirname(HERE), "x49a_oneliners.jsonl")
PREFIX, SEED, STYLE = "x49a", 4901, "oneliner"


def main():
    rows = []
    for mod in MODULES:
        for kind, category, offer, used, clothing, abroad, text in mod.ENTRIES:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label,
                         "category": category, "style": STYLE, "elements": el})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}{i:04d}", "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": r["style"],
                   "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
