"""Build x26c_longform.jsonl from the hand-written lists in batch*.py.
Ids are assigned in source order (x26c0001...), then records are shuffled with a fixed seed.
The label is always derived from the four elements, never typed."""
import importlib.util, json, random, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "x26c_longform.jsonl"
BATCHES = ["batch1_offers.py", "batch2_offers.py", "batch3_legal.py", "batch4_legal.py"]
PREFIX, STYLE, SEED = "x26c", "longform", 2607


def load(name):
    spec = importlib.util.spec_from_file_location(name[:-3], HERE / name)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def clean(text):
    lines = [ln.rstrip() for ln in text.strip().split("\n")]
    return "\n".join(ln for ln in lines if ln.strip())


def main():
    rows = []
    for b in BATCHES:
        for kind, category, el, text in load(b):
            o, u, c, a = el
            elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
            rows.append({"kind": kind, "text": clean(text), "label": label,
                         "category": category, "style": STYLE, "elements": elements})
    out = []
    for i, r in enumerate(rows, 1):
        rec = {"id": f"{PREFIX}{i:04d}"}
        rec.update(r)
        out.append(rec)
    random.Random(SEED).shuffle(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT.name}")


if __name__ == "__main__":
    main()
