"""Build x29b_longform.jsonl from the hand-written batches in _src/p1..p4.py.
Ids are assigned in source order (x29b0001..x29b0150), then records are shuffled
with a fixed seed. Labels are derived from the four elements, never typed."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p1, p2, p3, p4

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x29b_longform.jsonl")

def main():
    rows = []
    n = 0
    for mod in (p1, p2, p3, p4):
        for kind, cat, o, u, c, a, text in mod.RECORDS:
            n += 1
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rows.append({"id": "x29b%04d" % n, "kind": kind, "text": text.strip(),
                         "label": label, "category": cat, "style": "longform",
                         "elements": el})
    random.Random(2918).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "records to", OUT)

if __name__ == "__main__":
    main()
