import json, random, os, importlib.util, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x60a_oneliners.jsonl")

def load():
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        recs.extend(m.R)
    return recs

def main():
    recs = load()
    rnd = random.Random(6001)
    rnd.shuffle(recs)
    # deterministic repair: no two members of a family side by side
    def bad(i):
        return i + 1 < len(recs) and recs[i][0] == recs[i + 1][0]
    changed = True
    while changed:
        changed = False
        for i in range(len(recs) - 1):
            if bad(i):
                for j in range(len(recs) - 1, -1, -1):
                    if abs(j - (i + 1)) <= 1:
                        continue
                    recs[i + 1], recs[j] = recs[j], recs[i + 1]
                    ok = all(not bad(k) for k in range(max(0, i - 1), min(len(recs) - 1, i + 2))) and \
                         all(not bad(k) for k in range(max(0, j - 1), min(len(recs) - 1, j + 1)))
                    if ok:
                        changed = True
                        break
                    recs[i + 1], recs[j] = recs[j], recs[i + 1]
    out = []
    for i, (fam, kind, cat, o, u, c, a, text) in enumerate(recs, 1):
        label = "illegal_used_import" if (o and u and c and a) else "legal"
        out.append({"id": "x60a-%04d" % i, "kind": kind, "text": text, "label": label,
                    "category": cat, "style": "oneliner",
                    "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    lab = collections.Counter(r["label"] for r in out)
    print("records", len(out), dict(lab))
    fail = collections.Counter()
    for r in out:
        if r["label"] == "legal":
            e = r["elements"]
            fail["+".join(k for k in ("offer","used","clothing","abroad") if e[k] == 0)] += 1
    print("legal failing elements", dict(fail))
    print("kinds", dict(collections.Counter(r["kind"] for r in out)))
    fams = collections.Counter(x[0] for x in recs)
    print("families", len(fams), "sizes", dict(collections.Counter(fams.values())))
    # family checks: categories distinct; adjacency
    pos = {}
    for i, x in enumerate(recs):
        pos.setdefault(x[0], []).append(i)
    adj = [f for f, ps in pos.items() if any(b - a == 1 for a, b in zip(ps, ps[1:]))]
    print("families with adjacent members", adj)
    for f in fams:
        cats = [x[2] for x in recs if x[0] == f]
        if len(set(cats)) != len(cats):
            print("DUP CATEGORY IN FAMILY", f, cats)

if __name__ == "__main__":
    main()
