import json, re, os, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x70b_oneliners.jsonl")
N = 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
fam = json.load(open(os.path.join(HERE, "families.json"), encoding="utf-8"))
if len(recs) != N: errs.append(f"count {len(recs)} != {N}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
want = {f"x70b-{i:04d}" for i in range(1, N + 1)}
if set(ids) != want: errs.append("ids out of range")
seen = {}
phone = re.compile(r"(\+?62|0)8\d[\d\s.-]{5,}")
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{i} key order")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{i} element keys")
    if r["kind"] not in KINDS: errs.append(f"{i} kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{i} style")
    t = r["text"]
    if len(t) > 160 or len(t) < 10: errs.append(f"{i} length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{i} line break")
    if any(v not in (0, 1) for v in r["elements"].values()): errs.append(f"{i} element value")
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab: errs.append(f"{i} label")
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and False: pass
    if phone.search(t): errs.append(f"{i} unmasked phone")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{i} category")
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"): errs.append(f"{i} hn_ on illegal")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{i} duplicate text of {seen[norm]}")
    seen[norm] = i
# families: no neighbours, no shared category, size 2-4
for a, b in zip(recs, recs[1:]):
    if fam[a["id"]] == fam[b["id"]]: errs.append(f"{a['id']} {b['id']} same family adjacent")
byfam = collections.defaultdict(list)
for r in recs: byfam[fam[r["id"]]].append(r)
for f, members in byfam.items():
    if not 2 <= len(members) <= 4: errs.append(f"family {f} size {len(members)}")
    cats = [m["category"] for m in members]
    if len(set(cats)) != len(cats): errs.append(f"family {f} shares a category")
legal = sum(r["label"] == "legal" for r in recs) / len(recs)
if not 0.50 <= legal <= 0.60: errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs[:80])); print(len(errs), "errors"); sys.exit(1)
print("OK", len(recs), "records, legal share", round(legal, 3), "families", len(byfam))
