"""Build x63b_longform.jsonl from the hand-written batches b1-b4."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1, b2, b3, b4

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x63b_longform.jsonl")
PREFIX, SEED = "x63b", 6302

def clean(t):
    lines = [ln.strip() for ln in t.strip().split("\n")]
    return "\n".join(ln for ln in lines if ln)

rows = []
for kind, cat, el, text in b1.R + b2.R + b3.R + b4.R:
    o, u, c, a = el
    label = "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"
    rows.append({"kind": kind, "text": clean(text), "label": label, "category": cat,
                 "style": "longform",
                 "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"{PREFIX}-{i:04d}", **r}
        rec = {k: rec[k] for k in ["id", "kind", "text", "label", "category", "style", "elements"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(rows), "records written to", os.path.normpath(OUT))
