import json, re, sys, pathlib, collections
HERE = pathlib.Path(__file__).parent
PATH = HERE.parent / "x64c_oneliners.jsonl"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
expected = {f"x64c-{i:04d}" for i in range(1, 301)}
for i in ids:
    if i not in expected: errs.append(f"id out of range {i}")
seen = {}
phone_bad = re.compile(r"(?:\+62|\b0)8\d*\d{5,}|(?:\+62|\b0)8\d{2}[\s-]?\d{3,}")
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{rid} key order")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid} element keys")
    if r["kind"] not in KINDS: errs.append(f"{rid} kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid} style")
    t = r["text"]
    if not (1 <= len(t) <= 160): errs.append(f"{rid} length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid} line break")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1): errs.append(f"{rid} element {k}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid} label")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid} category")
    if r["label"] == "legal" and r["elements"]["offer"] + r["elements"]["used"] + r["elements"]["clothing"] + r["elements"]["abroad"] < 4:
        pass
    if phone_bad.search(t): errs.append(f"{rid} unmasked phone: {t}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{rid} duplicate text of {seen[key]}")
    seen[key] = rid
share = sum(r["label"] == "legal" for r in recs) / len(recs)
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
# family checks (source-side map)
fams = json.load(open(HERE / "families.json", encoding="utf-8"))
byid = {r["id"]: r for r in recs}
fam_members = collections.defaultdict(list)
for rid, (f, _src) in fams.items(): fam_members[f].append(rid)
for f, ms in fam_members.items():
    if not (2 <= len(ms) <= 4): errs.append(f"family {f} size {len(ms)}")
    cats = [byid[m]["category"] for m in ms]
    if len(set(cats)) != len(cats): errs.append(f"family {f} shares category")
    nums = sorted(int(m[-4:]) for m in ms)
    if any(b - a == 1 for a, b in zip(nums, nums[1:])): errs.append(f"family {f} adjacent")
if errs:
    print("\n".join(errs[:80])); print(len(errs), "errors"); sys.exit(1)
print(f"{len(recs)} records, legal share {share:.3f}")
print("OK")
