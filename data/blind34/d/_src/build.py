"""Build x66d_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, os, random, importlib.util, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x66d_oneliners.jsonl")
PREFIX, SEED = "x66d", 6604

items = []
for path in sorted(glob.glob(os.path.join(HERE, "b*_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    items.extend(mod.ITEMS)

records = []
for kind, category, offer, used, clothing, abroad, text in items:
    el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
    label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    records.append({"kind": kind, "text": text, "label": label, "category": category,
                    "style": "oneliner", "elements": el})

random.Random(SEED).shuffle(records)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(records, 1):
        rec = {"id": f"{PREFIX}-{i:04d}", **r}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(records)} records to {OUT}")
