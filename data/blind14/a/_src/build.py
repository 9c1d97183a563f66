"""Build x21a_oneliners.jsonl from the hand-written lists in ill*.py / leg*.py."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x21a_oneliners.jsonl")
MODULES = ["ill1", "ill2", "ill3", "leg1", "leg2", "leg3", "leg4"]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.R


def main():
    rows = []
    for m in MODULES:
        rows.extend(load(m))
    assert len(rows) <= 300, len(rows)
    rng = random.Random(1421)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, offer, used, cloth, abroad, text) in enumerate(rows, 1):
            el = {"offer": offer, "used": used, "clothing": cloth, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": "x21a%04d" % i, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)


if __name__ == "__main__":
    main()
