"""Build /work/main/data/blind4/oneliners.jsonl from the hand-written source lists.
Shuffles with a fixed seed, then numbers b4-0001..b4-0400."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ol_illegal import ILLEGAL
from ol_legal_a import LEGAL_A
from ol_legal_b import LEGAL_B
from ol_legal_c import LEGAL_C

SEED = 20240417
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "oneliners.jsonl")

rows = []
for cat, kind, text in ILLEGAL:
    rows.append((cat, kind, (1, 1, 1, 1), text))
rows.extend(LEGAL_A + LEGAL_B + LEGAL_C)

random.Random(SEED).shuffle(rows)

with open(OUT, "w", encoding="utf-8") as f:
    for i, (cat, kind, el, text) in enumerate(rows, 1):
        o, u, c, a = el
        label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
        rec = {
            "id": f"b4-{i:04d}",
            "kind": kind,
            "text": text,
            "label": label,
            "category": cat,
            "style": "oneliner",
            "elements": {"offer": o, "used": u, "clothing": c, "abroad": a},
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", OUT)
