"""Build x13b_longform.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["ill_plain", "ill_code", "ill_dodge", "leg_a", "leg_b", "leg_c", "leg_d"]

def load():
    recs = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for kind, cat, (o, u, c, a), text in mod.RECORDS:
            recs.append((kind, cat, o, u, c, a, text.strip("\n")))
    return recs

def main():
    recs = load()
    random.Random(1302).shuffle(recs)
    out = os.path.join(os.path.dirname(HERE), "x13b_longform.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(recs, 1):
            label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
            rec = {"id": "x13b-%04d" % i, "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "longform",
                   "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", out)

if __name__ == "__main__":
    main()
