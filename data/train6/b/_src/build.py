"""Build x25b_longform.jsonl from the hand-written batches. Labels are derived, never typed."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch1, batch2, batch3, batch4  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x25b_longform.jsonl")
PREFIX, START = "x25b", 1
SEED = 2506


def clean(text):
    lines = [ln.rstrip() for ln in text.strip().split("\n")]
    return "\n".join(lines)


def main():
    rows = []
    for mod in (batch1, batch2, batch3, batch4):
        rows.extend(mod.RECORDS)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, (kind, category, els, text) in enumerate(rows):
        o, u, c, a = els
        elements = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in elements.values()) else "legal"
        out.append({
            "id": f"{PREFIX}{START + i:04d}",
            "kind": kind,
            "text": clean(text),
            "label": label,
            "category": category,
            "style": "longform",
            "elements": elements,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT}")


if __name__ == "__main__":
    main()
