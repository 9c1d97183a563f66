"""Build x66c_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, random, glob, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x66c_oneliners.jsonl")
SEED = 6603
PREFIX = "x66c"


def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.R)
    return recs


def main():
    recs = load()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    # keep members of one family apart: repair any adjacent pair from the same family
    for _ in range(1000):
        bad = [i for i in range(len(recs) - 1) if recs[i][0] == recs[i + 1][0]]
        if not bad:
            break
        i = bad[0] + 1
        j = rng.randrange(len(recs))
        recs[i], recs[j] = recs[j], recs[i]
    out = []
    for n, (fam, kind, cat, o, u, c, a, text) in enumerate(recs, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": f"{PREFIX}-{n:04d}", "kind": kind, "text": text, "label": label,
                    "category": cat, "style": "oneliner", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT}")


if __name__ == "__main__":
    main()
