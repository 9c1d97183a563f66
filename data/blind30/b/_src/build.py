import json, random, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x60b_longform.jsonl")
BATCHES = ["batch1", "batch2", "batch3", "batch4"]

def load():
    import sys
    sys.path.insert(0, HERE)
    recs = []
    for b in BATCHES:
        try:
            m = importlib.import_module(b)
        except ModuleNotFoundError:
            continue
        recs.extend(m.RECORDS)
    return recs

def main():
    recs = load()
    rows = []
    for kind, cat, el, text in recs:
        o, u, c, a = el
        text = "\n".join(l.rstrip() for l in text.strip("\n").split("\n"))
        label = "illegal_used_import" if (o and u and c and a) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "longform",
                     "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
    random.Random(6002).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"x60b-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_leg = sum(r["label"] == "legal" for r in rows)
    print(len(rows), "records,", n_leg, "legal,", len(rows) - n_leg, "illegal")

if __name__ == "__main__":
    main()
