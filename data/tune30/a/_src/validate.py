import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(HERE, "..", "x70a_oneliners.jsonl")
FAM = json.load(open(os.path.join(HERE, "families.json")))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
EL = ["offer","used","clothing","abroad"]
err = []
recs = [json.loads(l) for l in open(P, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): err.append("duplicate ids")
want = {"x70a-%04d" % i for i in range(1, 301)}
if set(ids) - want: err.append("ids out of range: %s" % sorted(set(ids) - want)[:5])
if len(recs) > 300: err.append("too many records")
seen = {}
phone = re.compile(r"(\+?62|\b0)8\d{1,2}[\s\-.]?\d{3,}")
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS: err.append(i + " key order")
    if list(r["elements"].keys()) != EL: err.append(i + " element keys")
    if r["kind"] not in KINDS: err.append(i + " kind")
    if r["style"] != "oneliner": err.append(i + " style")
    t = r["text"]
    if len(t) > 160: err.append("%s too long %d" % (i, len(t)))
    if "\n" in t or "\r" in t: err.append(i + " line break")
    for k in EL:
        if r["elements"][k] not in (0, 1): err.append(i + " element " + k)
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in EL) else "legal"
    if r["label"] != lab: err.append(i + " label")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): err.append(i + " legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): err.append(i + " illegal category with hn_")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err.append(i + " category not snake_case")
    if phone.search(t): err.append(i + " unmasked phone: " + phone.search(t).group(0))
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: err.append(i + " duplicate text of " + seen[key])
    seen[key] = i
# family checks: size 2-4, distinct categories, no adjacent members
fams = collections.defaultdict(list)
for n, r in enumerate(recs):
    fams[FAM[r["id"]]].append((n, r))
for f, ms in fams.items():
    if not 2 <= len(ms) <= 4: err.append("family %s size %d" % (f, len(ms)))
    cats = [r["category"] for _, r in ms]
    if len(set(cats)) != len(cats): err.append("family %s shares category" % f)
    pos = sorted(n for n, _ in ms)
    if any(b - a == 1 for a, b in zip(pos, pos[1:])): err.append("family %s adjacent" % f)
    # each member must differ by exactly one element from some other member
    for n, r in ms:
        v = [r["elements"][k] for k in EL]
        if not any(sum(x != y for x, y in zip(v, [q["elements"][k] for k in EL])) == 1 for m, q in ms if m != n):
            err.append("family %s member %s has no one-element twin" % (f, r["id"]))
share = sum(r["label"] == "legal" for r in recs) / len(recs)
if not 0.50 <= share <= 0.60: err.append("legal share %.3f" % share)
if err:
    print("\n".join(err)); print("FAIL", len(err)); sys.exit(1)
print("records", len(recs), "legal share %.3f" % share)
print("OK")
