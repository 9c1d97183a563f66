"""Build oneliners.jsonl and longform.jsonl for the tune4 evaluation set.
All texts are hand-written in the ol_*.py / lf_*.py / extensions.py files."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_oneliners, parse_longform
import ol_legal_a, ol_legal_b, ol_illegal
import lf_legal_a, lf_legal_b, lf_legal_c, lf_legal_d, lf_illegal_a, lf_illegal_b, extensions

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    ol = []
    for m in (ol_legal_a, ol_legal_b, ol_illegal):
        ol += parse_oneliners(m.DATA)
    lf = []
    for m in (lf_legal_a, lf_legal_b, lf_legal_c, lf_legal_d, lf_illegal_a, lf_illegal_b):
        lf += parse_longform(m.DATA)
    for prefix, line in extensions.EXT:
        hits = [r for r in lf if r["text"].startswith(prefix)]
        assert len(hits) == 1, prefix
        hits[0]["text"] += "\n" + line
    random.Random(20240604).shuffle(ol)
    random.Random(20240605).shuffle(lf)
    def write(name, recs, prefix, start):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for i, r in enumerate(recs):
                o = {"id": f"{prefix}-{start + i:04d}", "kind": r["kind"], "text": r["text"],
                     "label": r["label"], "category": r["category"], "style": r["style"],
                     "elements": r["elements"]}
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    write("oneliners.jsonl", ol, "t4", 1)
    write("longform.jsonl", lf, "t4", 1001)
    print("oneliners", len(ol), "longform", len(lf))

if __name__ == "__main__":
    main()
