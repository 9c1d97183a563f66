"""Build x51b_longform.jsonl from the hand-written lists in _src/batch*.py."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4

OUT = os.path.join(os.path.dirname(HERE), "x51b_longform.jsonl")
SEED = 5102

def main():
    rows = batch1.RECORDS + batch2.RECORDS + batch3.RECORDS + batch4.RECORDS
    recs = []
    for fam, kind, cat, el, text in rows:
        o, u, c, a = (int(x) for x in el)
        label = "illegal_used_import" if (o and u and c and a) else "legal"
        recs.append({"kind": kind, "text": text.strip(), "label": label, "category": cat,
                     "style": "longform",
                     "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
                     "_family": fam})
    random.Random(SEED).shuffle(recs)
    # members of one family must not sit next to each other: deterministic repair by swapping
    def clash(seq, i):
        return any(0 <= j < len(seq) and j != i and seq[j]["_family"] == seq[i]["_family"] for j in (i - 1, i + 1))
    changed = True
    while changed:
        changed = False
        for i in range(len(recs) - 1):
            if recs[i]["_family"] == recs[i + 1]["_family"]:
                for j in range(len(recs)):
                    if abs(j - (i + 1)) <= 1:
                        continue
                    recs[i + 1], recs[j] = recs[j], recs[i + 1]
                    if not clash(recs, i + 1) and not clash(recs, j):
                        changed = True
                        break
                    recs[i + 1], recs[j] = recs[j], recs[i + 1]
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            out = {"id": f"x51b{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
