"""Build x46a_oneliners.jsonl from the hand-written batches. Label is derived, never typed."""
import json, os, random
import b1_illegal_live, b2_illegal_mixed, b3_illegal_more, b4_legal_chat_live, b5_legal_mixed, b6_legal_more

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x46a_oneliners.jsonl")
SEED = 4601
PREFIX = "x46a"

rows = []
for mod in (b1_illegal_live, b2_illegal_mixed, b3_illegal_more, b4_legal_chat_live, b5_legal_mixed, b6_legal_more):
    rows.extend(mod.RECORDS)

random.Random(SEED).shuffle(rows)

with open(OUT, "w", encoding="utf-8") as f:
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rec = {"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
               "category": cat, "style": "oneliner", "elements": el}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records to", os.path.normpath(OUT))
