"""Build x71c_oneliners.jsonl from the hand-written rows in b*.py.
Row = (family, kind, category, offer, used, clothing, abroad, text)."""
import json, random, os, importlib, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x71c_oneliners.jsonl")
SEED = 7103
sys.path.insert(0, HERE)

def load_rows():
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.startswith("b") and f.endswith(".py") and f != "build.py"):
        mod = importlib.import_module(name[:-3])
        rows.extend(mod.ROWS)
    return rows

def check_families(rows):
    fam = defaultdict(list)
    for r in rows:
        fam[r[0]].append(r)
    probs = []
    for f, ms in fam.items():
        if not 2 <= len(ms) <= 4:
            probs.append(f"{f}: size {len(ms)}")
        cats = [m[2] for m in ms]
        if len(set(cats)) != len(cats):
            probs.append(f"{f}: repeated category {cats}")
        for m in ms:
            el = m[3:7]
            if not any(sum(a != b for a, b in zip(el, o[3:7])) == 1 for o in ms if o is not m):
                probs.append(f"{f}: member {m[2]} is not a one-element twin of any other member")
    return fam, probs

def main():
    rows = load_rows()
    fam, probs = check_families(rows)
    if probs:
        print("\n".join(probs)); sys.exit(1)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    # deterministic repair: no two members of one family side by side
    for _ in range(5):
        changed = False
        for i in range(1, len(rows)):
            if rows[i][0] == rows[i - 1][0]:
                for j in range(len(rows)):
                    if j in (i - 1, i, i + 1):
                        continue
                    ok = all(rows[k][0] != rows[i][0] for k in (j - 1, j + 1) if 0 <= k < len(rows) and k != i) \
                        and all(rows[k][0] != rows[j][0] for k in (i - 1, i + 1) if 0 <= k < len(rows) and k != j)
                    if ok:
                        rows[i], rows[j] = rows[j], rows[i]; changed = True; break
        if not changed:
            break
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, r in enumerate(rows, 1):
            f, kind, cat, o, u, c, a, text = r
            label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
            rec = {"id": f"x71c-{n:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner",
                   "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # family order for validate (not part of the data file)
    with open(os.path.join(HERE, "_families.json"), "w", encoding="utf-8") as fh:
        json.dump([r[0] for r in rows], fh)
    sizes = Counter(len(v) for v in fam.values())
    print(f"wrote {len(rows)} rows, {len(fam)} families, sizes {dict(sorted(sizes.items()))}")

if __name__ == "__main__":
    main()
