"""Build x48b_longform.jsonl from the hand-written batches in _src/batch*.py.

Nothing is generated here: every text is a literal in the batch files. This script only
derives the label, shuffles (seed 4802), keeps family members from sitting next to each
other (deterministic swap pass), assigns ids and writes JSONL.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4

OUT = os.path.join(HERE, "..", "x48b_longform.jsonl")
SEED = 4802
PREFIX = "x48b"
STYLE = "longform"


def all_records():
    recs = []
    for mod in (batch1, batch2, batch3, batch4):
        for fam, cat, kind, o, u, c, a, text in mod.RECORDS:
            recs.append({"family": fam, "category": cat, "kind": kind,
                         "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
                         "text": text.strip()})
    return recs


def separate_families(order):
    changed = True
    while changed:
        changed = False
        for i in range(len(order) - 1):
            if order[i]["family"] == order[i + 1]["family"]:
                for j in range(len(order)):
                    if j in (i, i + 1):
                        continue
                    cand = order[j]
                    nb_j = [order[k]["family"] for k in (j - 1, j + 1) if 0 <= k < len(order) and k != i + 1]
                    nb_i = [order[k]["family"] for k in (i, i + 2) if 0 <= k < len(order) and k != j]
                    if cand["family"] not in nb_i and order[i + 1]["family"] not in nb_j:
                        order[i + 1], order[j] = order[j], order[i + 1]
                        changed = True
                        break
    return order


def main():
    recs = all_records()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    recs = separate_families(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(recs, 1):
            el = r["elements"]
            label = "illegal_used_import" if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"
            rec = {"id": f"{PREFIX}{n:04d}", "kind": r["kind"], "text": r["text"], "label": label,
                   "category": r["category"], "style": STYLE,
                   "elements": {"offer": el["offer"], "used": el["used"], "clothing": el["clothing"], "abroad": el["abroad"]}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
