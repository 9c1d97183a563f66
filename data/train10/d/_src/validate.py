"""Check x51d_longform.jsonl against the brief. Prints OK when everything passes."""
import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x51d_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL = ["offer", "used", "clothing", "abroad"]
MAXN = 150  # ids allowed x51d0001..x51d0150; set finished early with fewer records
errs = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if not 1 <= len(rows) <= MAXN: errs.append(f"record count {len(rows)}")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
want = {f"x51d{i:04d}" for i in range(1, MAXN + 1)}
if set(ids) - want: errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
seen = {}
phone = re.compile(r"(\+?62|\b0)8\d{5,}|\b\d{3,4}[- ]?\d{4}[- ]?\d{3,4}\b")
for r in rows:
    i = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{i}: key order {list(r.keys())}")
    if r["kind"] not in KINDS: errs.append(f"{i}: kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{i}: style")
    t = r["text"]
    if not 150 <= len(t) <= 1500: errs.append(f"{i}: length {len(t)}")
    lines = [l for l in t.split("\n") if l.strip()]
    if not 2 <= len(lines) <= 15: errs.append(f"{i}: {len(lines)} lines")
    el = r["elements"]
    if list(el.keys()) != EL or any(v not in (0, 1) for v in el.values()): errs.append(f"{i}: elements {el}")
    lab = "illegal_used_import" if all(el[k] == 1 for k in EL) else "legal"
    if r["label"] != lab: errs.append(f"{i}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{i}: category {r['category']}")
    if r["label"] == "legal" and el["offer"] + el["used"] + el["clothing"] + el["abroad"] < 4 and r["category"].startswith("twin_"):
        errs.append(f"{i}: legal record with illegal-style category")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{i}: hn_ category on illegal")
    if phone.search(t): errs.append(f"{i}: unmasked phone {phone.search(t).group(0)}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{i}: duplicate text of {seen[key]}")
    seen[key] = i
share = sum(r["label"] == "legal" for r in rows) / max(len(rows), 1)
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f}")
fam_path = os.path.join(HERE, "families.json")
if os.path.exists(fam_path):
    fam = json.load(open(fam_path))
    byfam = collections.defaultdict(list)
    for r in rows: byfam[fam[r["id"]]].append(r)
    for f, members in byfam.items():
        if not 2 <= len(members) <= 4: errs.append(f"family {f} size {len(members)}")
        vecs = [tuple(m["elements"][k] for k in EL) for m in members]
        if not any(all(sum(x != y for x, y in zip(s0, v)) == 1 for v in vecs if v is not s0) for s0 in vecs):
            errs.append(f"family {f}: no start member from which every twin differs in exactly one element")
        cats = [m["category"] for m in members]
        if len(set(cats)) != len(cats): errs.append(f"family {f} repeats category")
    for a, b in zip(rows, rows[1:]):
        if fam[a["id"]] == fam[b["id"]]: errs.append(f"{a['id']}/{b['id']} family neighbours")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
