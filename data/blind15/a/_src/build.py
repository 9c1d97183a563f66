"""Build x22a_oneliners.jsonl from the hand-written lists in this folder."""
import json, random, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["ill1", "ill2", "ill3", "leg1", "leg2", "leg3", "leg4"]
OUT = os.path.join(os.path.dirname(HERE), "x22a_oneliners.jsonl")

def main():
    rows = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        rows.extend(mod.RECORDS)
    random.Random(22015).shuffle(rows)
    if len(rows) > 300:
        raise SystemExit(f"too many records: {len(rows)}")
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, cat, o, u, c, a, text) in enumerate(rows, 1):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(el.values()) else "legal"
            rec = {"id": f"x22a{i:04d}", "kind": kind, "text": text, "label": label,
                   "category": cat, "style": "oneliner", "elements": el}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT}")

if __name__ == "__main__":
    main()
