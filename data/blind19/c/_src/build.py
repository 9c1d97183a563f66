"""Build x30c_oneliners.jsonl from the hand-written lists in b*.py (no text is generated here)."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x30c_oneliners.jsonl")
SEED = 19032

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows.extend(mod.R)

random.Random(SEED).shuffle(rows)
assert len(rows) <= 300, len(rows)

with open(OUT, "w", encoding="utf-8") as fh:
    for i, (kind, category, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"x30c{i:04d}", "kind": kind, "text": text, "label": label,
               "category": category, "style": "oneliner", "elements": el}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
