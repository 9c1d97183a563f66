"""Build x74c_oneliners.jsonl from the hand-written lists in _src/b*.py."""
import json, os, random, importlib.util, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x74c_oneliners.jsonl")
SEED = 3813
PREFIX = "x74c"

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
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, el, text) in enumerate(rows, 1):
            o, u, c, a = el
            label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
            rec = {
                "id": f"{PREFIX}-{i:04d}",
                "kind": kind,
                "text": text,
                "label": label,
                "category": category,
                "style": "oneliner",
                "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
