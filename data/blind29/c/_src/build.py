import json, random, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x58c_oneliners.jsonl")
MODS = ["legal_a", "legal_b", "legal_c", "legal_d", "legal_e", "illegal_a", "illegal_b"]

def load():
    recs = []
    import sys; sys.path.insert(0, HERE)
    for m in MODS:
        mod = importlib.import_module(m)
        for kind, cat, o, u, c, a, text in mod.ITEMS:
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            recs.append({"kind": kind, "text": text, "label": label, "category": cat,
                         "style": "oneliner", "elements": el})
    return recs

def main():
    recs = load()
    random.Random(5803).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            r = {"id": f"x58c-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), OUT)

if __name__ == "__main__":
    main()
