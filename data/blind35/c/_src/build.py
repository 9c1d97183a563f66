"""Build x68c_oneliners.jsonl from the hand-written batches in _src/batch_*.py.
Each batch holds RECORDS: tuples (family, kind, category, text, offer, used, clothing, abroad).
Labels are derived here, never typed."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x68c_oneliners.jsonl")
SEED = 6803
PREFIX = "x68c"


def load_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.RECORDS)
    return rows


def label_of(o, u, c, a):
    return "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"


def main():
    rows = load_rows()
    rng = random.Random(SEED)
    rng.shuffle(rows)
    # keep family members apart: deterministic repair pass
    for _ in range(20):
        moved = False
        for i in range(1, len(rows)):
            if rows[i][0] == rows[i - 1][0]:
                for j in range(len(rows)):
                    if j in (i, i - 1, i + 1) or j == 0 and False:
                        continue
                    fam = rows[i][0]
                    neigh_j = [rows[k][0] for k in (j - 1, j + 1) if 0 <= k < len(rows) and k != i]
                    neigh_i = [rows[k][0] for k in (i - 1, i + 1) if 0 <= k < len(rows) and k != j]
                    if fam not in neigh_j and rows[j][0] not in neigh_i:
                        rows[i], rows[j] = rows[j], rows[i]
                        moved = True
                        break
        if not moved:
            break
    with open(OUT, "w", encoding="utf-8") as f:
        for n, (fam, kind, cat, text, o, u, c, a) in enumerate(rows, 1):
            rec = {
                "id": f"{PREFIX}-{n:04d}",
                "kind": kind,
                "text": text,
                "label": label_of(o, u, c, a),
                "category": cat,
                "style": "oneliner",
                "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
