"""Build longform.jsonl from the hand-written source modules in this folder.
Each record's text is written individually in ill*.py / leg*.py; this script only
collects them, derives the label from the four elements, shuffles with a fixed seed
and assigns ids x4-1001.. in the shuffled order."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import ill1, ill2, ill3, leg1, leg2, leg3, leg4, leg5, leg6, leg7  # noqa: F401  (registration side effects)

recs = list(common.RECS)
random.Random(20240604).shuffle(recs)
out_path = os.path.join(os.path.dirname(HERE), "longform.jsonl")
with open(out_path, "w", encoding="utf-8") as f:
    for n, r in enumerate(recs):
        el = r["elements"]
        label = "illegal_used_import" if all(el[k] == 1 for k in ("offer", "used", "clothing", "abroad")) else "legal"
        obj = {
            "id": f"x4-{1001 + n}",
            "kind": r["kind"],
            "text": r["text"],
            "label": label,
            "category": r["category"],
            "style": "longform",
            "elements": {"offer": el["offer"], "used": el["used"], "clothing": el["clothing"], "abroad": el["abroad"]},
        }
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(len(recs), "records ->", out_path)
