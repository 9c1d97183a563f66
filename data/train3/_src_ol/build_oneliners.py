"""Build /work/main/data/train3/oneliners.jsonl from the hand-written source lists s*.py.
Each source record: (kind, category, "oucA" element string, text). Label is derived from elements."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "oneliners.jsonl")
SEED = 20250803

recs = []
for path in sorted(glob.glob(os.path.join(HERE, "s[0-9][0-9]_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for kind, cat, el, text in mod.RECS:
        recs.append((kind, cat, el, text, os.path.basename(path)))

random.Random(SEED).shuffle(recs)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, el, text, src) in enumerate(recs, 1):
        o, u, c, a = (int(x) for x in el)
        label = "illegal_used_import" if (o and u and c and a) else "legal"
        obj = {"id": f"x3-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner",
               "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}}
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", len(recs), "records to", OUT)
