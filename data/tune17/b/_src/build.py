"""Build x31b_longform.jsonl from the hand-written entry lists. Labels are derived, never typed."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ill_a, ill_b, leg_a, leg_b

SEED = 17032
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x31b_longform.jsonl")

def main():
    entries = ill_a.ENTRIES + ill_b.ENTRIES + leg_a.ENTRIES + leg_b.ENTRIES
    random.Random(SEED).shuffle(entries)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, (o, u, c, a), text) in enumerate(entries, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": "x31b%04d" % i, "kind": kind, "text": text.strip("\n"), "label": label,
                   "category": cat, "style": "longform", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(entries), "records to", OUT)

if __name__ == "__main__":
    main()
