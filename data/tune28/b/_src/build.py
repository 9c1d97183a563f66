"""Build x50b_longform.jsonl from the hand-written lists in _src/*.py.

Labels are derived here from the four elements, never typed by hand.
"""
import importlib.util
import json
import pathlib
import random

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent / "x50b_longform.jsonl"
FILES = ["illegal_a.py", "illegal_b.py", "illegal_c.py", "legal_a.py", "legal_b.py"]
SEED = 5002
PREFIX = "x50b"
STYLE = "longform"


def load(name):
    spec = importlib.util.spec_from_file_location(name[:-3], SRC / name)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def clean(text):
    lines = [ln.strip() for ln in text.strip().split("\n")]
    return "\n".join(ln for ln in lines if ln)


def main():
    entries = []
    for f in FILES:
        entries.extend(load(f))
    random.Random(SEED).shuffle(entries)
    out = []
    for i, r in enumerate(entries, 1):
        o, u, c, a = r["e"]
        elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
        out.append({
            "id": f"{PREFIX}{i:04d}",
            "kind": r["kind"],
            "text": clean(r["t"]),
            "label": label,
            "category": r["cat"],
            "style": STYLE,
            "elements": elements,
        })
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT.name}")


if __name__ == "__main__":
    main()
