"""Build x74a_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, os, random, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x74a_oneliners.jsonl")
SEED = 3811
PREFIX = "x74a"

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
    ns = {}
    exec(open(path, encoding="utf-8").read(), ns)
    for k, v in ns.items():
        if k.startswith("B") and isinstance(v, list):
            rows.extend(v)

recs = []
for fam, kind, cat, text, o, u, c, a in rows:
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(el.values()) else "legal"
    recs.append({"_fam": fam, "kind": kind, "text": text, "label": label,
                 "category": cat, "style": "oneliner", "elements": el})

rng = random.Random(SEED)
# shuffle, then repair so that members of one family never sit next to each other
for attempt in range(1000):
    rng.shuffle(recs)
    if all(recs[i]["_fam"] != recs[i + 1]["_fam"] for i in range(len(recs) - 1)):
        break
else:
    sys.exit("could not separate families")

with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        out = {"id": f"{PREFIX}-{i:04d}", "kind": r["kind"], "text": r["text"],
               "label": r["label"], "category": r["category"], "style": r["style"],
               "elements": r["elements"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

# family map for the README / checks (not part of the dataset)
with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as f:
    fams = {}
    for i, r in enumerate(recs, 1):
        fams.setdefault(r["_fam"], []).append(f"{PREFIX}-{i:04d}")
    json.dump(fams, f, ensure_ascii=False, indent=0)
print(f"wrote {len(recs)} records to {os.path.normpath(OUT)}")
