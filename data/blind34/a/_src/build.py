"""Build x66a_oneliners.jsonl from the hand-written lists in this folder."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ill_plain, ill_code, ill_dodge, leg_a, leg_b, leg_c, leg_d  # noqa: E402

MODULES = [ill_plain, ill_code, ill_dodge, leg_a, leg_b, leg_c, leg_d]
SEED = 6601
PREFIX = "x66a"
OUT = os.path.join(os.path.dirname(HERE), "x66a_oneliners.jsonl")


def main():
    rows = []
    for m in MODULES:
        for kind, category, offer, used, clothing, abroad, text in m.RECORDS:
            el = {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            rows.append((kind, text, label, category, el))
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, text, label, category, el) in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": category, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
