import json, random, re, textwrap, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from batch1 import RECS as B1
from batch2 import RECS as B2
from batch3 import RECS as B3
from batch4 import RECS as B4

ALL = B1 + B2 + B3 + B4
rng = random.Random(8033)
idx = list(range(len(ALL)))
rng.shuffle(idx)
out = []
for n, i in enumerate(idx, start=1):
    kind, cat, o, u, c, a, text = ALL[i]
    text = textwrap.dedent(text).strip("\n").strip()
    text = "\n".join(l.rstrip() for l in text.split("\n"))
    el = {"offer": o, "used": u, "clothing": c, "abroad": a}
    label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    out.append({"id": "x32b%04d" % n, "kind": kind, "text": text, "label": label,
                "category": cat, "style": "longform", "elements": el})
path = os.path.join(os.path.dirname(__file__), "..", "x32b_longform.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(out))
