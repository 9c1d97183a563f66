"""Build x47a_oneliners.jsonl from the hand-written batches in _src/b*.py.

Each batch holds RECORDS: a list of (family, kind, category, elements, text)
where elements is a 4-char string of 0/1 in the order offer, used, clothing,
abroad. The first member of a family is the family's start text. The label is
derived here, never typed.
"""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x47a_oneliners.jsonl")
SEED = 4701
PREFIX = "x47a"


def load():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for fam, kind, cat, el, text in mod.RECORDS:
            rows.append({"family": os.path.basename(path)[:-3] + "_" + fam, "kind": kind,
                         "category": cat, "el": el, "text": text})
    return rows


def spread(rows, rng):
    """Shuffle, then move records so that no two family members are adjacent."""
    rng.shuffle(rows)
    changed = True
    while changed:
        changed = False
        for i in range(1, len(rows)):
            if rows[i]["family"] != rows[i - 1]["family"]:
                continue
            fam = rows[i]["family"]
            for j in range(len(rows)):
                if abs(j - i) < 2:
                    continue
                nb = [rows[k]["family"] for k in (j - 1, j + 1) if 0 <= k < len(rows) and k != i]
                nb_i = [rows[k]["family"] for k in (i - 1, i + 1) if 0 <= k < len(rows) and k != j]
                if fam in nb or rows[j]["family"] in nb_i:
                    continue
                rows[i], rows[j] = rows[j], rows[i]
                changed = True
                break
    return rows


def main():
    rows = spread(load(), random.Random(SEED))
    fam_map = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            rid = f"{PREFIX}{n:04d}"
            el = dict(zip(("offer", "used", "clothing", "abroad"), (int(c) for c in r["el"])))
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": rid, "kind": r["kind"], "text": r["text"], "label": label,
                   "category": r["category"], "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fam_map[rid] = r["family"]
    with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as f:
        json.dump(fam_map, f, indent=0)
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
