"""Build x29a_oneliners.jsonl from the hand-written batches in _src/b*.py.

Each batch holds RECORDS: tuples (kind, category, offer, used, clothing, abroad, text).
Ids are given in batch order (x29a0001...), the label is derived from the elements,
and the output is shuffled with a fixed seed.
"""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x29a_oneliners.jsonl")
PREFIX, START, MAX = "x29a", 1, 300


def load():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.RECORDS)
    return rows


def main():
    rows = load()
    if len(rows) > MAX:
        raise SystemExit(f"too many records: {len(rows)}")
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        recs.append({
            "id": f"{PREFIX}{START + i:04d}",
            "kind": kind,
            "text": text,
            "label": label,
            "category": cat,
            "style": "oneliner",
            "elements": el,
        })
    random.Random(18029).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
