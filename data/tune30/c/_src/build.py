"""Build x70c_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x70c_oneliners.jsonl")
sys.path.insert(0, HERE)

PREFIX, FIRST, SEED, STYLE = "x70c", 1, 7003, "oneliner"
BATCHES = ["b01", "b02", "b03", "b04", "b05", "b06", "b07"]


def main():
    rows = []
    for b in BATCHES:
        for kind, cat, el, text in importlib.import_module(b).R:
            o, u, c, a = (int(x) for x in el)
            elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(elements.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label,
                         "category": cat, "style": STYLE, "elements": elements})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            rec = {"id": f"{PREFIX}-{FIRST + i:04d}", "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": r["style"],
                   "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
