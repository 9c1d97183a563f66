"""Build longform.jsonl from the hand-written source files src_a..src_e.
Shuffles with a fixed seed before numbering ids b4-1001..b4-1250."""
import json, random, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "longform.jsonl")
SEED = 4250

recs = []
for m in "abcde":
    recs += importlib.import_module("src_" + m).R
random.Random(SEED).shuffle(recs)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs):
        el = r["el"]
        elements = {"offer": int(el[0]), "used": int(el[1]), "clothing": int(el[2]), "abroad": int(el[3])}
        obj = {
            "id": "b4-%d" % (1001 + i),
            "kind": r["kind"],
            "text": r["text"],
            "label": "illegal_used_import" if el == "1111" else "legal",
            "category": r["category"],
            "style": "longform",
            "elements": elements,
        }
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", len(recs), "records to", os.path.normpath(OUT))
