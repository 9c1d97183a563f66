"""Build x69c_oneliners.jsonl from the hand-written batches b1..b7 in this folder."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x69c_oneliners.jsonl")
SEED = 6903
PREFIX = "x69c"
sys.path.insert(0, HERE)


def load():
    rows = []
    for name in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("b") and f[1:-3].isdigit() and f.endswith(".py")):
        mod = importlib.import_module(name)
        rows.extend(mod.R)
    return rows


def make(rows):
    recs = []
    for fam, kind, cat, els, text in rows:
        o, u, c, a = (int(ch) for ch in els)
        label = "illegal_used_import" if (o and u and c and a) else "legal"
        recs.append((fam, {"id": None, "kind": kind, "text": text, "label": label, "category": cat,
                           "style": "oneliner",
                           "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}}))
    return recs


def shuffle(recs):
    rng = random.Random(SEED)
    rng.shuffle(recs)
    # deterministic repair: no two members of one family side by side
    for _ in range(50):
        bad = False
        for i in range(1, len(recs)):
            if recs[i][0] == recs[i - 1][0]:
                bad = True
                j = (i + len(recs) // 2) % len(recs)
                recs[i], recs[j] = recs[j], recs[i]
        if not bad:
            break
    return recs


def main():
    recs = shuffle(make(load()))
    with open(OUT, "w", encoding="utf-8") as f:
        for n, (fam, r) in enumerate(recs, 1):
            r["id"] = f"{PREFIX}-{n:04d}"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records written to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
