"""Build oneliners.jsonl from the hand-written category files (no slot filling).
Shuffles with a fixed seed before numbering x4-0001..x4-0700."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import legal_a, legal_b, legal_c, illegal_a, illegal_b

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "oneliners.jsonl")
SEED = 20240704

recs = []
for mod in (legal_a, legal_b, legal_c, illegal_a, illegal_b):
    for cat, spec in mod.CATEGORIES.items():
        for it in spec["items"]:
            kind, text = it[0], it[1]
            el = it[2] if len(it) > 2 else spec["default"]
            e = dict(offer=int(el[0]), used=int(el[1]), clothing=int(el[2]), abroad=int(el[3]))
            label = "illegal_used_import" if all(e.values()) else "legal"
            if label != spec["label"]:
                raise SystemExit(f"label mismatch in {cat}: {text!r} -> {label}")
            recs.append(dict(kind=kind, text=text, label=label, category=cat, style="oneliner", elements=e))

random.Random(SEED).shuffle(recs)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        obj = {"id": f"x4-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
               "category": r["category"], "style": r["style"], "elements": r["elements"]}
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", len(recs), "to", OUT)
