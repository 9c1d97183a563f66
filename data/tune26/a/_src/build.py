"""Build x48a_oneliners.jsonl from the hand-written lists in _src/b*.py.
Label is derived here from the four elements; records are shuffled with seed 4801."""
import glob, importlib.util, json, os, random, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x48a_oneliners.jsonl")
PREFIX, SEED = "x48a", 4801


def load_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def check_families(recs):
    """Members of a family must not share a category; every member must differ
    from at least one other member in exactly one element."""
    fams = defaultdict(list)
    for r in recs:
        fams[r[0]].append(r)
    problems = []
    for f, members in fams.items():
        if not 2 <= len(members) <= 4:
            problems.append(f"{f}: size {len(members)}")
        cats = [m[2] for m in members]
        if len(set(cats)) != len(cats):
            problems.append(f"{f}: repeated category {cats}")
        for m in members:
            if not any(sum(a != b for a, b in zip(m[3], o[3])) == 1 for o in members if o is not m):
                problems.append(f"{f}: {m[2]} {m[3]} is not a one-element twin of any member")
    return fams, problems


def main():
    recs = load_records()
    fams, problems = check_families(recs)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    rng = random.Random(SEED)
    rng.shuffle(recs)
    rows = []
    for i, (fam, kind, cat, el, text) in enumerate(recs, 1):
        e = dict(zip(["offer", "used", "clothing", "abroad"], (int(c) for c in el)))
        label = "illegal_used_import" if all(e.values()) else "legal"
        rows.append({"id": f"{PREFIX}{i:04d}", "kind": kind, "text": text, "label": label,
                     "category": cat, "style": "oneliner", "elements": e})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sizes = defaultdict(int)
    for m in fams.values():
        sizes[len(m)] += 1
    print(f"wrote {len(rows)} records, {len(fams)} families, sizes {dict(sorted(sizes.items()))}")


if __name__ == "__main__":
    main()
