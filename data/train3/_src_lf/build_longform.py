"""Build /work/main/data/train3/longform.jsonl from the hand-written record files b*.py."""
import glob, importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "longform.jsonl")
SEED = 20250303

recs = []
for f in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9]_*.py"))):
    mod = importlib.import_module(os.path.basename(f)[:-3])
    recs.extend(mod.RECORDS)

random.Random(SEED).shuffle(recs)
with open(OUT, "w", encoding="utf-8") as fh:
    for n, r in enumerate(recs):
        el = dict(zip(("offer", "used", "clothing", "abroad"), (int(c) for c in r["el"])))
        label = "illegal_used_import" if all(el.values()) else "legal"
        obj = {"id": f"x3-{1001 + n}", "kind": r["kind"], "text": r["text"], "label": label,
               "category": r["category"], "style": "longform", "elements": el}
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(f"wrote {len(recs)} records to {OUT}")
