"""Build x5b one-liner and long-form JSONL files from the hand-written lists in ol_*.py / lf_*.py."""
import importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load(prefix):
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.startswith(prefix) and f.endswith(".py")):
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows.extend(mod.DATA)
    return rows


def make(rows, start, style):
    recs = []
    for i, (kind, cat, el, text) in enumerate(rows):
        e = {k: int(v) for k, v in zip(("offer", "used", "clothing", "abroad"), el)}
        label = "illegal_used_import" if all(e.values()) else "legal"
        recs.append({
            "id": "x5b-%04d" % (start + i),
            "kind": kind,
            "text": text.strip(),
            "label": label,
            "category": cat,
            "style": style,
            "elements": e,
        })
    return recs


def write(recs, fname, seed):
    random.Random(seed).shuffle(recs)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(fname, len(recs))


if __name__ == "__main__":
    write(make(load("ol_"), 1, "oneliner"), "x5b_oneliners.jsonl", 5051)
    write(make(load("lf_"), 1001, "longform"), "x5b_longform.jsonl", 5052)
