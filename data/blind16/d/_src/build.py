"""Build x23d_longform.jsonl from the hand-written batches in _src/.
Only this long-form file is assigned to this fold (ids x23d0001-x23d0150)."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x23d_longform.jsonl")
PREFIX, START = "x23d", 1
SEED = 23016


def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def clean(text):
    lines = [ln.strip() for ln in text.strip().split("\n")]
    return "\n".join(ln for ln in lines if ln)


def main():
    recs = load()
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, category, el, text) in enumerate(recs):
            elements = dict(zip(("offer", "used", "clothing", "abroad"), el))
            label = "illegal_used_import" if all(v == 1 for v in el) else "legal"
            row = {
                "id": f"{PREFIX}{START + i:04d}",
                "kind": kind,
                "text": clean(text),
                "label": label,
                "category": category,
                "style": "longform",
                "elements": elements,
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
