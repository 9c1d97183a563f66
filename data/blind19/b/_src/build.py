"""Build x30b_longform.jsonl from the hand-written lists in batch*.py."""
import json, random, os, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SEED = 19031
PREFIX = "x30b"
BATCHES = ["batch1", "batch2", "batch3", "batch4"]

def load():
    recs = []
    for b in BATCHES:
        mod = importlib.import_module(b)
        recs.extend(mod.RECORDS)
    return recs

def main():
    recs = load()
    random.Random(SEED).shuffle(recs)
    out = []
    for i, (kind, cat, o, u, c, a, text) in enumerate(recs, 1):
        text = "\n".join(l.rstrip() for l in text.strip("\n").split("\n"))
        el = {"offer": o, "used": u, "clothing": c, "abroad": a}
        label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        out.append({"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
                    "category": cat, "style": "longform", "elements": el})
    path = os.path.join(os.path.dirname(HERE), "x30b_longform.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), "records to", path)

if __name__ == "__main__":
    main()
