import json, random, re, collections, sys
sys.path.insert(0, '.')
import o1, o2, o3, l1, l2, l3, l4

def mk(recs, style, start, seed):
    recs = list(recs)
    random.Random(seed).shuffle(recs)
    out = []
    for i, (kind, label, cat, text) in enumerate(recs):
        out.append({"id": f"b1-{start+i:04d}", "kind": kind, "text": text,
                    "label": label, "category": cat, "style": style})
    return out

one = mk(o1.R + o2.R + o3.R, "oneliner", 1, 18)
lng = mk(l1.R + l2.R + l3.R + l4.R, "longform", 1001, 40)
for path, rows in [("../oneliners.jsonl", one), ("../longform.jsonl", lng)]:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(one), len(lng))
