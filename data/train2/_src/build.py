"""Build oneliners.jsonl and longform.jsonl from the hand-written sources in this folder.
Deterministic: fixed-seed shuffle, ids assigned after shuffling."""
import importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.DATA

def elements(code):
    assert len(code) == 4 and set(code) <= {"0", "1"}, code
    return dict(zip(["offer", "used", "clothing", "abroad"], [int(c) for c in code]))

def parse_oneliners(data):
    rows = []
    for line in data.strip("\n").split("\n"):
        if not line.strip():
            continue
        kind, cat, code, text = line.split("|", 3)
        rows.append((kind, cat, code, text.strip()))
    return rows

def parse_longform(data):
    rows, cur = [], None
    for line in data.strip("\n").split("\n"):
        if line.startswith("@@ "):
            if cur: rows.append(cur)
            kind, cat, code = line[3:].strip().split("|")
            cur = [kind, cat, code, []]
        elif line.strip():
            cur[3].append(line.rstrip())
    if cur: rows.append(cur)
    return [(k, c, e, "\n".join(t)) for k, c, e, t in rows]

def record(rid, kind, cat, code, text, style):
    el = elements(code)
    assert kind in KINDS, kind
    label = "illegal_used_import" if all(el.values()) else "legal"
    return {"id": rid, "kind": kind, "text": text, "label": label,
            "category": cat, "style": style, "elements": el}

def build(rows, prefix, start, style, total, seed):
    rng = random.Random(seed)
    ill = [r for r in rows if r[2] == "1111"]
    leg = [r for r in rows if r[2] != "1111"]
    n_ill = min(len(ill), max(0, total - len(leg)))
    n_leg = min(len(leg), total - n_ill)
    ill = sorted(ill, key=lambda r: r[3]); leg = sorted(leg, key=lambda r: r[3])
    rng.shuffle(ill); rng.shuffle(leg)
    chosen = ill[:n_ill] + leg[:n_leg]
    rng.shuffle(chosen)
    return [record(f"{prefix}-{start + i:04d}", k, c, e, t, style) for i, (k, c, e, t) in enumerate(chosen)]

def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    ol = []
    for n in ["ol_illegal", "ol_legal", "ol_legal2"]:
        ol += parse_oneliners(load(n))
    lf = []
    for n in ["lf_illegal1", "lf_illegal2", "lf_legal1", "lf_legal2", "lf_legal3", "lf_legal4"]:
        if os.path.exists(os.path.join(HERE, n + ".py")):
            lf += parse_longform(load(n))
    print("pool oneliners", len(ol), "illegal", sum(r[2] == "1111" for r in ol), file=sys.stderr)
    print("pool longform", len(lf), "illegal", sum(r[2] == "1111" for r in lf), file=sys.stderr)
    o = build(ol, "x2", 1, "oneliner", 500, 20240601)
    l = build(lf, "x2", 1001, "longform", 350, 20240602)
    write(os.path.join(OUT, "oneliners.jsonl"), o)
    write(os.path.join(OUT, "longform.jsonl"), l)
    print("wrote", len(o), len(l), file=sys.stderr)
