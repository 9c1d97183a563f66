"""Build x5d one-liner and long-form JSONL files from the hand-written lists."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ol1 import OL1
from ol2 import OL2
from ol3 import OL3
from ol4 import OL4
from ol5 import OL5
from ol6 import OL6
from ol7 import OL7
from lf1 import LF1
from lf2 import LF2
from lf3 import LF3
from lf4 import LF4

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make(rows, start, style):
    recs = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        recs.append({
            "id": "x5d-%04d" % (start + i),
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": cat,
            "style": style,
            "elements": el,
        })
    return recs


def write(recs, name, seed):
    random.Random(seed).shuffle(recs)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(recs))


if __name__ == "__main__":
    ol = make(OL1 + OL2 + OL3 + OL4 + OL5 + OL6 + OL7, 1, "oneliner")
    lf = make(LF1 + LF2 + LF3 + LF4, 1001, "longform")
    write(ol, "x5d_oneliners.jsonl", 5501)
    write(lf, "x5d_longform.jsonl", 5502)
