"""Build x37a_oneliners.jsonl from the hand-written batches b1..b6."""
import json, random, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x37a_oneliners.jsonl")
rows = []
for i in range(1, 7):
    spec = importlib.util.spec_from_file_location(f"b{i}", os.path.join(HERE, f"b{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    rows.extend(m.R)
random.Random(3701).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for n, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rec = {"id": f"x37a{n:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
