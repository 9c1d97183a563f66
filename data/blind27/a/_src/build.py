"""Build x53a_oneliners.jsonl from the hand-written lists in this folder.
Labels are derived here, never typed. Shuffled with seed 5301, ids assigned after shuffling."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x53a_oneliners.jsonl")
SEED = 5301
PREFIX = "x53a"

def main():
    rows = []
    for mod in (ill_plain, ill_code, ill_dodge, legal_a, legal_b, legal_c, legal_d):
        for kind, text, cat, offer, used, clothing, abroad in mod.RECORDS:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append({"id": None, "kind": kind, "text": text, "label": label,
                         "category": cat, "style": "oneliner", "elements": el})
    random.Random(SEED).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"{PREFIX}-{i:04d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
