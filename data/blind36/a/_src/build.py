"""Build x69a_oneliners.jsonl from the hand-written lists in _src/b*.py."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1_plain, b2_code, b3_dodge, b4_legal_goods, b5_legal_nonclothing, b6_legal_talk, b7_legal_mixed

BATCHES = [b1_plain, b2_code, b3_dodge, b4_legal_goods, b5_legal_nonclothing, b6_legal_talk, b7_legal_mixed]
PREFIX, SEED, N = "x69a", 6901, 300
OUT = os.path.join(os.path.dirname(HERE), "x69a_oneliners.jsonl")

rows = [r for b in BATCHES for r in b.R]
random.Random(SEED).shuffle(rows)
rows = rows[:N]
with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, offer, used, clothing, abroad, text) in enumerate(rows, 1):
        el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} records to {OUT}")
