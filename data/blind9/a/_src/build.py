"""Build x11a_oneliners.jsonl from the hand-written lists in this folder."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ill_plain, ill_code, ill_dodge, ill_mixed, legal_a, legal_b, legal_c, legal_d, legal_e

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x11a_oneliners.jsonl")
SOURCES = [ill_plain, ill_code, ill_dodge, ill_mixed, legal_a, legal_b, legal_c, legal_d, legal_e]

def main():
    rows = []
    for mod in SOURCES:
        for kind, cat, offer, used, clothing, abroad, text in mod.T:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"kind": kind, "text": text, "label": label, "category": cat,
                         "style": "oneliner", "elements": el})
    rnd = random.Random(1109)
    rnd.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"x11a-{i:04d}", "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
