"""Build x26a_oneliners.jsonl from the hand-written batches in _src/b[0-9]*.py.
Each batch defines RECORDS = [(kind, category, offer, used, clothing, abroad, text), ...].
Label is derived here, never typed."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x26a_oneliners.jsonl")
PREFIX, START = "x26a", 1

def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs

def main():
    recs = load()
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                    "category": cat, "style": "oneliner", "elements": el})
    random.Random(26).shuffle(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT}")

if __name__ == "__main__":
    main()
