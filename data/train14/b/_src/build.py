"""Build x59b_longform.jsonl from the hand-written batches. Labels are derived here."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch1, batch2, batch3, batch4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x59b_longform.jsonl")
SEED = 5902

def load():
    rows = []
    for m in (batch1, batch2, batch3, batch4):
        for fam, kind, cat, el, text in m.R:
            rows.append({"fam": fam, "kind": kind, "cat": cat, "el": el, "text": text.strip()})
    return rows

def separate_families(rows):
    # deterministic repair so no two members of one family sit next to each other
    changed = True
    while changed:
        changed = False
        for i in range(len(rows) - 1):
            if rows[i]["fam"] == rows[i + 1]["fam"]:
                for j in range(len(rows)):
                    if j in (i, i + 1):
                        continue
                    cand = rows[:]
                    cand[i + 1], cand[j] = cand[j], cand[i + 1]
                    ok = all(cand[k]["fam"] != cand[k + 1]["fam"]
                             for k in range(max(0, min(i, j) - 1), min(len(cand) - 1, max(i + 1, j) + 1)))
                    if ok:
                        rows[:] = cand
                        changed = True
                        break
    return rows

def main():
    rows = load()
    random.Random(SEED).shuffle(rows)
    rows = separate_families(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            o, u, c, a = r["el"]
            label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
            rec = {
                "id": f"x59b-{n:04d}",
                "kind": r["kind"],
                "text": r["text"],
                "label": label,
                "category": r["cat"],
                "style": "longform",
                "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
