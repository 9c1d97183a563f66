"""Build x71b_longform.jsonl from the hand-written batches (no text generation here)."""
import json, os, random
import batch_a, batch_b, batch_c, batch_d

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "x71b_longform.jsonl")
SEED = 7102
PREFIX = "x71b"

def main():
    raw = batch_a.RECORDS + batch_b.RECORDS + batch_c.RECORDS + batch_d.RECORDS
    rng = random.Random(SEED)
    rng.shuffle(raw)
    rows = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(raw, 1):
        text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        rows.append({"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "longform", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
