import json, os, re, sys, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
P = os.path.join(D, "x61b_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL = ["offer", "used", "clothing", "abroad"]
err = []
recs = [json.loads(l) for l in open(P, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != [f"x61b-{i:04d}" for i in range(1, 301)]: err.append("ids not exactly x61b-0001..0300")
seen = {}
phone = re.compile(r"(?:\+62|62|0)8\d{2}[\d\- ]{3,}")
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS: err.append(f"{i}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EL: err.append(f"{i}: element keys")
    if r["kind"] not in KINDS: err.append(f"{i}: kind {r['kind']}")
    if r["style"] != "oneliner": err.append(f"{i}: style")
    t = r["text"]
    if len(t) > 160: err.append(f"{i}: too long {len(t)}")
    if "\n" in t or "\r" in t: err.append(f"{i}: line break")
    if any(v not in (0, 1) for v in r["elements"].values()): err.append(f"{i}: element not 0/1")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EL) else "legal"
    if r["label"] != want: err.append(f"{i}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err.append(f"{i}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): err.append(f"{i}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): err.append(f"{i}: illegal with hn_ category")
    if phone.search(t): err.append(f"{i}: unmasked phone")
    for m in re.finditer(r"08\d{2}\S*", t):
        if not re.match(r"08\d{2}x{4}", m.group()): err.append(f"{i}: phone not masked as 08xxxxxx: {m.group()}")
    k = re.sub(r"\s+", " ", t.lower()).strip()
    if k in seen: err.append(f"{i}: duplicate text of {seen[k]}")
    seen[k] = i
n = len(recs); legal = sum(r["label"] == "legal" for r in recs)
if n != 300: err.append(f"count {n}")
if not 0.50 <= legal / n <= 0.60: err.append(f"legal share {legal/n:.3f}")
# family checks (family map written by build.py)
fp = os.path.join(D, "_src", "families.json")
if os.path.exists(fp):
    fam = json.load(open(fp)); by = collections.defaultdict(list)
    pos = {r["id"]: k for k, r in enumerate(recs)}
    for r in recs: by[fam[r["id"]]].append(r)
    for f, ms in by.items():
        if not 2 <= len(ms) <= 4: err.append(f"family {f}: size {len(ms)}")
        if len({m["category"] for m in ms}) != len(ms): err.append(f"family {f}: shared category")
        p = sorted(pos[m["id"]] for m in ms)
        if any(b - a == 1 for a, b in zip(p, p[1:])): err.append(f"family {f}: adjacent members")
        # every member must differ by exactly one element from some other member
        for m in ms:
            if not any(sum(m["elements"][k] != o["elements"][k] for k in EL) == 1 for o in ms if o is not m):
                err.append(f"family {f}: {m['id']} has no one-element twin")
if err:
    print("\n".join(err)); sys.exit(1)
print("OK")
