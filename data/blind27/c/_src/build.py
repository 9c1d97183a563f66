"""Build x53c_oneliners.jsonl from the hand-written lists in b1..b7.py.
Labels are derived here, never typed. Shuffled with random.Random(5303); then a
deterministic pass moves any record that sits next to a member of its own family."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "x53c_oneliners.jsonl")
SEED = 5303
BATCHES = ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]


def load():
    recs = []
    for m in BATCHES:
        recs += importlib.import_module(m).RECS
    return recs


def separate_families(recs):
    # deterministic repair: if neighbours share a family, swap the second one
    # with the first later record that creates no new adjacency
    n = len(recs)
    def ok_at(i, fam):
        return all(not (0 <= j < n) or recs[j][0] != fam for j in (i - 1, i + 1))
    changed = True
    while changed:
        changed = False
        for i in range(n - 1):
            if recs[i][0] == recs[i + 1][0]:
                for j in list(range(i + 2, n)) + list(range(0, i)):
                    a, b = recs[i + 1], recs[j]
                    recs[i + 1], recs[j] = b, a
                    if ok_at(i + 1, b[0]) and ok_at(j, a[0]):
                        changed = True
                        break
                    recs[i + 1], recs[j] = a, b
    return recs


def main():
    recs = load()
    random.Random(SEED).shuffle(recs)
    recs = separate_families(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for k, (fam, kind, cat, el, text) in enumerate(recs, 1):
            o, u, c, a = (int(x) for x in el)
            label = "illegal_used_import" if (o and u and c and a) else "legal"
            rec = {"id": f"x53c-{k:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner",
                   "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
