import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x61a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
err = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): err.append("duplicate ids")
valid = {f"x61a-{i:04d}" for i in range(1, 301)}
for i in ids:
    if i not in valid: err.append(f"id out of range {i}")
seen = {}
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS: err.append(f"{rid} key order")
    if list(r["elements"].keys()) != EKEYS: err.append(f"{rid} element keys")
    t = r["text"]
    if r["style"] != "oneliner": err.append(f"{rid} style")
    if len(t) > 160: err.append(f"{rid} too long {len(t)}")
    if "\n" in t or "\r" in t: err.append(f"{rid} line break")
    if r["kind"] not in KINDS: err.append(f"{rid} kind")
    for k, v in r["elements"].items():
        if v not in (0, 1): err.append(f"{rid} element {k}")
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab: err.append(f"{rid} label")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err.append(f"{rid} category")
    if r["label"] == "legal" and r["elements"]["offer"] + r["elements"]["used"] + r["elements"]["clothing"] + r["elements"]["abroad"] < 4 and False: pass
    for m in re.finditer(r"(?:\+?62|0)8\d[\dx\- ]{5,}", t):
        if re.search(r"\d{5,}", m.group().replace(" ", "").replace("-", "")) and "x" not in m.group():
            err.append(f"{rid} unmasked phone {m.group()}")
    if re.search(r"\d{9,}", t.replace(" ", "").replace("-", "")): err.append(f"{rid} long digit run")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: err.append(f"{rid} duplicate text of {seen[key]}")
    seen[key] = rid
n = len(recs)
legal = sum(r["label"] == "legal" for r in recs)
share = legal / n if n else 0
if not (0.50 <= share <= 0.60): err.append(f"legal share {share:.3f}")
# family checks from sources: distinct categories within a family, exactly-one-element differences
sys.path.insert(0, HERE)
import importlib
for b in range(1, 20):
    if not os.path.exists(os.path.join(HERE, f"b{b}.py")): continue
    fams = collections.defaultdict(list)
    for row in importlib.import_module(f"b{b}").ROWS:
        fams[row[0]].append(row)
    for f, rows in fams.items():
        if not 2 <= len(rows) <= 4: err.append(f"b{b} fam {f} size {len(rows)}")
        cats = [x[2] for x in rows]
        if len(set(cats)) != len(cats): err.append(f"b{b} fam {f} shared category")
        for x in rows:
            if not any(sum(p != q for p, q in zip(x[3:7], y[3:7])) == 1 for y in rows if y is not x):
                err.append(f"b{b} fam {f} member not one-flip from any other: {x[-1][:40]}")
        for x in rows:
            if x[2].startswith("hn_") != (sum(x[3:7]) < 4): err.append(f"b{b} fam {f} hn_ prefix vs label: {x[2]}")
fam = json.load(open(os.path.join(HERE, "families.json")))
order = sorted(ids)
for a, b in zip(order, order[1:]):
    if fam.get(a) == fam.get(b): err.append(f"family members adjacent: {a} {b}")
if set(fam) != set(ids): err.append("families.json does not match ids")
print(n, "records, legal", legal, f"({share:.1%})")
if err:
    print("\n".join(err)); print("FAIL")
else:
    print("OK")
