"""Build x58a_oneliners.jsonl from the hand-written lists in _src/b*.py.
Labels are derived here, never typed. Ids assigned after a seeded shuffle."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b1_illegal_plain, b2_illegal_code, b3_illegal_dodge, b4_legal_sellers, b5_legal_goods_news, b6_legal_talk, b7_legal_plain

MODULES = [b1_illegal_plain, b2_illegal_code, b3_illegal_dodge, b4_legal_sellers, b5_legal_goods_news, b6_legal_talk, b7_legal_plain]
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x58a_oneliners.jsonl")

def main():
    rows = []
    for m in MODULES:
        for kind, cat, offer, used, clothing, abroad, text in m.RECORDS:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label, "category": cat, "style": "oneliner", "elements": el})
    random.Random(5801).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"x58a-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
