"""Build x67b_oneliners.jsonl from the hand-written lists in _src/b*.py."""
import importlib.util, json, random, pathlib

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent / "x67b_oneliners.jsonl"
SEED = 6702
PREFIX = "x67b-"


def load():
    rows = []
    for f in sorted(SRC.glob("b[0-9][0-9].py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for kind, cat, o, u, c, a, text in mod.RECORDS:
            rows.append((kind, cat, o, u, c, a, text))
    return rows


def main():
    rows = load()
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")


if __name__ == "__main__":
    main()
