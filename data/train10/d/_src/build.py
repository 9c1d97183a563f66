"""Build x51d_longform.jsonl from the hand-written batches in _src/batch*.py."""
import json, random, importlib.util, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x51d_longform.jsonl")
SEED = 5104

def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs

def main():
    rows = load()
    rng = random.Random(SEED)
    rng.shuffle(rows)
    # keep family members apart: repair adjacent pairs with the same seeded rng
    for _ in range(1000):
        bad = [i for i in range(1, len(rows)) if rows[i][0] == rows[i - 1][0]]
        if not bad:
            break
        i = bad[0]; j = rng.randrange(len(rows))
        rows[i], rows[j] = rows[j], rows[i]
    out = []
    for n, (fam, kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": f"x51d{n:04d}", "kind": kind, "text": text.strip(), "label": label,
                    "category": cat, "style": "longform", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # family map for validation / README (not part of the record format)
    with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as f:
        json.dump({r["id"]: fam for r, (fam, *_) in zip(out, rows)}, f, indent=0)
    print(len(out), collections.Counter(r["label"] for r in out))

if __name__ == "__main__":
    main()
