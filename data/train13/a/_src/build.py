"""Build x57a_oneliners.jsonl from the hand-written lists in _src/*.py."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import legal_a, legal_b, legal_c, legal_d, legal_e, legal_f, illegal  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "x57a_oneliners.jsonl")
SEED = 5701
PREFIX = "x57a"

def main():
    rows = []
    for mod in (legal_a, legal_b, legal_c, legal_d, legal_e, legal_f, illegal):
        rows.extend(mod.RECORDS)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(el.values()) else "legal"
        out.append({"id": f"{PREFIX}-{i:04d}", "kind": kind, "text": text, "label": label,
                    "category": cat, "style": "oneliner", "elements": el})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ill = sum(r["label"] != "legal" for r in out)
    print(f"wrote {len(out)} records to {OUT}: legal={len(out)-n_ill} illegal_used_import={n_ill}")

if __name__ == "__main__":
    main()
