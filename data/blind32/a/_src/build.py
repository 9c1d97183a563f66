import json, random, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX, N0, SEED = "x63a", 1, 6301
OUT = os.path.join(HERE, "..", "x63a_oneliners.jsonl")

def load():
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.startswith("batch") and f.endswith(".py")):
        mod = importlib.import_module(name[:-3])
        rows.extend(mod.R)
    return rows

def main():
    rows = load()
    rng = random.Random(SEED)
    rng.shuffle(rows)
    # deterministic fix-up: family members must not be adjacent
    for _ in range(50):
        bad = False
        for i in range(1, len(rows)):
            if rows[i][0] == rows[i-1][0]:
                bad = True
                for j in range(len(rows)):
                    k = (i + 2 + j) % len(rows)
                    if k in (i, i-1): continue
                    a = rows[k-1][0] if k > 0 else None
                    b = rows[k+1][0] if k+1 < len(rows) else None
                    if rows[k][0] != rows[i-1][0] and rows[i][0] not in (a, b) or (k-1 == i) :
                        rows[i], rows[k] = rows[k], rows[i]
                        break
        if not bad: break
    with open(OUT, "w", encoding="utf-8") as f:
        for n, (fam, kind, cat, o, u, c, a, text) in enumerate(rows):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{n+N0:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows))

if __name__ == "__main__":
    main()
