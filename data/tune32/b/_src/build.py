"""Build x74b_oneliners.jsonl from the hand-written lists in _src/batch_*.py."""
import glob, json, os, random, runpy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x74b_oneliners.jsonl")
SEED = 3812
PREFIX = "x74b-"

def main():
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
        rows.extend(runpy.run_path(f)["RECORDS"])
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
