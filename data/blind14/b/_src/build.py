"""Build x21b_longform.jsonl from the hand-written lists in _src/*.py.
No text is generated here: records are only loaded, labelled, shuffled and numbered."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import a_offers1, b_offers2, c_legal1, d_legal2  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x21b_longform.jsonl")


def main():
    rows = []
    for mod in (a_offers1, b_offers2, c_legal1, d_legal2):
        for kind, cat, offer, used, clothing, abroad, text in mod.RECORDS:
            text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                         "style": "longform", "elements": el})
    random.Random(2114).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": "x21b%04d" % i, **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)


if __name__ == "__main__":
    main()
