"""Build x34b_longform.jsonl from the hand-written batches in _src/."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from b1_posts import B1
from b2_comments_messages import B2
from b3_articles_reviews import B3
from b4_live_profiles import B4

OUT = os.path.join(os.path.dirname(HERE), "x34b_longform.jsonl")
SEED = 3402
PREFIX = "x34b"


def main():
    entries = B1 + B2 + B3 + B4
    random.Random(SEED).shuffle(entries)
    recs = []
    for i, (kind, cat, el, text) in enumerate(entries, 1):
        offer, used, clothing, abroad = el
        label = "illegal_used_import" if all(v == 1 for v in el) else "legal"
        recs.append({
            "id": f"{PREFIX}{i:04d}",
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": cat,
            "style": "longform",
            "elements": {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad},
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
