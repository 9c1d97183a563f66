import json, random, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
KEYS = ["offer", "used", "clothing", "abroad"]
def load(mods):
    recs = []
    for m in mods:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.DATA)
    return recs
def build(mods, seed, start, prefix, style, out):
    recs = load(mods)
    random.Random(seed).shuffle(recs)
    lines = []
    for i, r in enumerate(recs):
        text, kind, cat, o, u, c, a = r
        text = text.strip()
        el = dict(zip(KEYS, [o, u, c, a]))
        label = "illegal_used_import" if all(el.values()) else "legal"
        lines.append(json.dumps({"id": f"{prefix}-{start+i:04d}", "kind": kind, "text": text, "label": label,
                                 "category": cat, "style": style, "elements": el}, ensure_ascii=False))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(out, len(lines))
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build([f"ol{i}" for i in range(1, 20)], 9101, 1, "x9a", "oneliner", os.path.join(base, "x9a_oneliners.jsonl"))
build([f"lf{i}" for i in range(1, 20)], 9102, 1001, "x9a", "longform", os.path.join(base, "x9a_longform.jsonl"))
