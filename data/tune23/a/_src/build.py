"""Build x43a_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, random, importlib.util, pathlib

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent / "x43a_oneliners.jsonl"
SEED = 4301
PREFIX, START = "x43a", 1

def load():
    recs = []
    for f in sorted(SRC.glob("b[0-9]*_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for kind, cat, o, u, c, a, text in m.RECORDS:
            recs.append((kind, cat, o, u, c, a, text))
    return recs

def main():
    recs = load()
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, cat, o, u, c, a, text) in enumerate(recs):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT.name}")

if __name__ == "__main__":
    main()
