"""Build x26d_oneliners.jsonl from the hand-written batches _src/b*.py.
Each batch holds R = [(kind, category, offer, used, clothing, abroad, text), ...].
Ids are given in source order (x26d0001...), then records are shuffled with a fixed seed.
The label is derived here from the four elements, never typed by hand."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x26d_oneliners.jsonl")

def load():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.R)
    return rows

def main():
    rows = load()
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({"id": "x26d%04d" % i, "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "oneliner", "elements": el})
    random.Random(2607).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", os.path.basename(OUT))

if __name__ == "__main__":
    main()
