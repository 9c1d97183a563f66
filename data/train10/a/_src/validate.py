"""Check x51a_oneliners.jsonl against the brief. Prints OK when everything passes."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x51a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N_MIN, N_MAX = 1, 300
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\s\-]{5,}")

errors = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errors.append(f"{rid}: element keys {list(r['elements'].keys())}")
    m = re.fullmatch(r"x51a(\d{4})", rid or "")
    if not m or not (N_MIN <= int(m.group(1)) <= N_MAX):
        errors.append(f"{rid}: id out of range")
    if rid in ids:
        errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errors.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errors.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errors.append(f"{rid}: length {len(t)} or line break")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1):
            errors.append(f"{rid}: element {k}={r['elements'][k]}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errors.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errors.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and r["category"].startswith("twin_offer"):
        errors.append(f"{rid}: legal record with offer category")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errors.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        errors.append(f"{rid}: unmasked phone")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in norm:
        errors.append(f"{rid}: duplicate text of {norm[key]}")
    norm[key] = rid

if len(recs) != N_MAX:
    errors.append(f"record count {len(recs)} != {N_MAX}")
if ids != {f"x51a{i:04d}" for i in range(N_MIN, N_MAX + 1)}:
    errors.append("ids do not cover x51a0001..x51a0300")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60:
    errors.append(f"legal share {share:.3f} outside 50-60%")

# family checks (families.json written by build.py)
fpath = os.path.join(HERE, "families.json")
if os.path.exists(fpath):
    raw = json.load(open(fpath, encoding="utf-8"))
    fam = {rid: v[0] for rid, v in raw.items()}
    bases = {rid for rid, v in raw.items() if v[1] == 0}
    byid = {r["id"]: r for r in recs}
    groups = collections.defaultdict(list)
    for rid, f in fam.items():
        groups[f].append(byid[rid])
    for f, members in groups.items():
        if not 2 <= len(members) <= 4:
            errors.append(f"family {f}: size {len(members)}")
        cats = [m["category"] for m in members]
        if len(set(cats)) != len(cats):
            errors.append(f"family {f}: repeated category {cats}")
        if sum(m["label"] != "legal" for m in members) > 1:
            errors.append(f"family {f}: more than one illegal member")
        base = [m for m in members if m["id"] in bases]
        if len(base) != 1:
            errors.append(f"family {f}: no single base member")
            continue
        for m in members:
            if m is base[0]:
                continue
            d = sum(m["elements"][k] != base[0]["elements"][k] for k in EKEYS)
            if d != 1:
                errors.append(f"family {f}: {m['id']} differs from base in {d} elements")
    order = sorted(fam)
    for a, b in zip(order, order[1:]):
        if fam[a] == fam[b]:
            errors.append(f"family members adjacent: {a} {b}")

if errors:
    print("\n".join(errors[:80]))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"records {len(recs)}, legal {legal} ({share:.1%})")
print("OK")
