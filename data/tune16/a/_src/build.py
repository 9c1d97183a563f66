"""Build x28a_oneliners.jsonl from the hand-written lists in _src/*.py.
Labels are derived here from the four elements, never typed."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x28a_oneliners.jsonl")
SOURCES = ["illegal_a", "illegal_b", "illegal_c", "legal_a", "legal_b", "legal_c", "legal_d"]
PREFIX, START, SEED = "x28a", 1, 28016


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main():
    rows = []
    for name in SOURCES:
        for kind, category, text, offer, used, clothing, abroad in load(name):
            rows.append((kind, category, text, offer, used, clothing, abroad))
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, category, text, offer, used, clothing, abroad) in enumerate(rows):
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}{START + i:04d}", "kind": kind, "text": text, "label": label,
                   "category": category, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
