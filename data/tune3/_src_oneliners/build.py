"""Build /work/main/data/tune3/oneliners.jsonl from the hand-written blocks."""
import json, os, random, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "oneliners.jsonl")
PARTS = ["illegal_a", "illegal_b", "illegal_c", "legal_a", "legal_b", "legal_c"]

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.DATA

def parse(data):
    rows, cat, default = [], None, None
    for line in data.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@ "):
            _, cat, default = line.split()
            continue
        head, text = line.split(" | ", 1)
        if ":" in head:
            kind, el = head.split(":")
        else:
            kind, el = head, default
        el = {k: int(c) for k, c in zip(("offer", "used", "clothing", "abroad"), el)}
        label = "illegal_used_import" if all(el.values()) else "legal"
        rows.append({"kind": kind.strip(), "text": text.strip(), "label": label,
                     "category": cat, "style": "oneliner", "elements": el})
    return rows

rows = []
for p in PARTS:
    rows += parse(load(p))
random.Random(20240603).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"t3-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": "oneliner", "elements": r["elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {OUT}")
