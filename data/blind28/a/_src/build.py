"""Build x54a_oneliners.jsonl from the hand-written lists in _src/*.py."""
import importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x54a_oneliners.jsonl")
SOURCES = ["ill_plain.py", "ill_code.py", "ill_dodge.py",
           "legal_a.py", "legal_b.py", "legal_c.py", "legal_d.py"]
SEED = 5401
PREFIX = "x54a"
N_TOTAL, N_LEGAL = 300, 165


def load(name):
    spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main():
    rows = []
    for src in SOURCES:
        for kind, category, el, text in load(src):
            assert len(el) == 4 and set(el) <= {"0", "1"}, (src, text)
            elements = {k: int(v) for k, v in zip(("offer", "used", "clothing", "abroad"), el)}
            label = "illegal_used_import" if all(elements.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label,
                         "category": category, "elements": elements})
    assert len(rows) == N_TOTAL, len(rows)
    n_legal = sum(r["label"] == "legal" for r in rows)
    assert n_legal == N_LEGAL, n_legal
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"],
                   "label": r["label"], "category": r["category"], "style": "oneliner",
                   "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records ({n_legal} legal) to {OUT}")


if __name__ == "__main__":
    main()
