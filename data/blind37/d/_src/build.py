"""Build x71d_oneliners.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import a01_buyers, a02_traders_opinions, a03_news_reports_own, a04_other_goods_new, a05_mixed_legal
import b01_illegal, b02_illegal

MODULES = [a01_buyers, a02_traders_opinions, a03_news_reports_own, a04_other_goods_new,
           a05_mixed_legal, b01_illegal, b02_illegal]
PREFIX, SEED, N = "x71d", 7104, 300
OUT = os.path.join(os.path.dirname(HERE), "x71d_oneliners.jsonl")

def main():
    rows = []
    for m in MODULES:
        rows.extend(m.RECORDS)
    if len(rows) != N:
        sys.exit(f"expected {N} records, got {len(rows)}")
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
