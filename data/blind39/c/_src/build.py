"""Build x75c_oneliners.jsonl from the hand-written batches in _src/b*.py.

Each batch entry: (family, kind, category, elements "OUCA" as 0/1 string, text).
The label is derived here from the four elements, never typed.
"""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x75c_oneliners.jsonl")
PREFIX, SEED = "x75c", 3903
BATCHES = ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]


def load():
    sys.path.insert(0, HERE)
    rows = []
    for b in BATCHES:
        try:
            mod = importlib.import_module(b)
        except ModuleNotFoundError:
            continue
        for fam, kind, cat, el, text in mod.RECORDS:
            rows.append({"family": b + ":" + fam, "kind": kind, "category": cat,
                         "el": el, "text": text})
    return rows


def label(el):
    return "illegal_used_import" if all(el[k] == 1 for k in el) else "legal"


def shuffle_apart(rows):
    rnd = random.Random(SEED)
    rnd.shuffle(rows)
    # deterministic repair: no two members of a family side by side
    for _ in range(20):
        moved = False
        for i in range(len(rows) - 1):
            if rows[i]["family"] == rows[i + 1]["family"]:
                for j in range(len(rows)):
                    if j in (i, i + 1):
                        continue
                    cand = rows[:]
                    cand[i + 1], cand[j] = cand[j], cand[i + 1]
                    if all(cand[k]["family"] != cand[k + 1]["family"]
                           for k in range(max(0, min(i, j) - 1), min(len(cand) - 1, max(i, j) + 2))):
                        rows = cand
                        moved = True
                        break
        if not moved:
            break
    return rows


def main():
    rows = shuffle_apart(load())
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            o, u, c, a = (int(x) for x in r["el"])
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            rec = {"id": f"{PREFIX}-{n:04d}", "kind": r["kind"], "text": r["text"],
                   "label": label(el), "category": r["category"], "style": "oneliner",
                   "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)


if __name__ == "__main__":
    main()
