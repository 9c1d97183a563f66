"""Build x11b_longform.jsonl from the hand-written batches (no templating)."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x11b_longform.jsonl")
BATCHES = ["batch1", "batch2", "batch3", "batch4", "batch5", "batch6"]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.RECORDS


def main():
    rows = []
    for b in BATCHES:
        for kind, cat, o, u, c, a, text in load(b):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"kind": kind, "text": text.strip(), "label": label,
                         "category": cat, "style": "longform", "elements": el})
    random.Random(1109).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": "x11b-%04d" % i, "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": r["style"],
                   "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
