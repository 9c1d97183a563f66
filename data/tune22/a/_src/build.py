"""Build x41a_oneliners.jsonl from the hand-written batches in _src/b*.py."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1_jawa, b2_sunda_betawi, b3_sumatra, b4_kalimantan_sulsel, b5_east, b6_english_mixed

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x41a_oneliners.jsonl")
SEED = 4101
PREFIX = "x41a"

rows = []
for mod in (b1_jawa, b2_sunda_betawi, b3_sumatra, b4_kalimantan_sulsel, b5_east, b6_english_mixed):
    for kind, cat, o, u, c, a, text in mod.R:
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                     "style": "oneliner", "elements": el})

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"{PREFIX}{i:04d}"}
        rec.update(r)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
