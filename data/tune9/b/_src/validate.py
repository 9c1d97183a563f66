import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
FAMOUS = re.compile(r"bekas\s*imp?or|pakaian bekas|thrift|\bbal\b|ball?pres|karungan|cakar|monza|monja|awul|second\s*imp|bekas (korea|jepang)|grade\s*[abs]\b|sortiran|bongkar bal|hidden gem|bundle", re.I)
err = []
allrecs = []
for fname, style, lo, hi in [("x9b_oneliners.jsonl","oneliner",1,500),("x9b_longform.jsonl","longform",1001,1150)]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding='utf-8')]
    leg = sum(r["label"]=="legal" for r in recs)
    print(fname, len(recs), "legal share %.3f" % (leg/len(recs)))
    if not 0.50 <= leg/len(recs) <= 0.55: err.append(fname+" legal share")
    for r in recs:
        if list(r.keys()) != KEYS: err.append(r["id"]+" keys")
        if list(r["elements"].keys()) != ["offer","used","clothing","abroad"]: err.append(r["id"]+" elkeys")
        m = re.fullmatch(r"x9b-(\d{4})", r["id"])
        if not m or not lo <= int(m.group(1)) <= hi: err.append(r["id"]+" id range")
        if r["kind"] not in KINDS: err.append(r["id"]+" kind")
        if r["style"] != style: err.append(r["id"]+" style")
        if any(v not in (0,1) for v in r["elements"].values()): err.append(r["id"]+" el")
        lab = "illegal_used_import" if all(r["elements"].values()) else "legal"
        if r["label"] != lab: err.append(r["id"]+" label")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err.append(r["id"]+" cat")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err.append(r["id"]+" oneliner len %d" % len(t))
        else:
            nl = [x for x in t.split("\n") if x.strip()]
            if not 150 <= len(t) <= 1500 or not 2 <= len(nl) <= 15: err.append(r["id"]+" longform len %d lines %d" % (len(t), len(nl)))
        for ph in re.findall(r"(?:\+62|\b0)8\d[\dxX\- ]{6,}", t):
            if not re.search(r"x{3,}", ph, re.I): err.append(r["id"]+" phone "+ph)
        if re.search(r"\b08\d{8,}", t) or re.search(r"\+62\s?8\d{8,}", t): err.append(r["id"]+" unmasked phone")
    allrecs += recs
ids = [r["id"] for r in allrecs]
if len(ids) != len(set(ids)): err.append("dup ids")
seen = {}
for r in allrecs:
    k = re.sub(r"\s+", " ", r["text"].lower()).strip()
    if k in seen: err.append("dup text %s %s" % (seen[k], r["id"]))
    seen[k] = r["id"]
ill = [r for r in allrecs if r["label"] != "legal"]
fam = sum(bool(FAMOUS.search(r["text"])) for r in ill)
print("illegal", len(ill), "famous share %.3f" % (fam/len(ill)))
if fam/len(ill) < 0.60: err.append("famous share")
leg = sum(r["label"]=="legal" for r in allrecs)
print("overall legal share %.3f" % (leg/len(allrecs)))
if not 0.50 <= leg/len(allrecs) <= 0.55: err.append("overall legal share")
if err:
    print("\n".join(err[:60])); print(len(err), "errors"); sys.exit(1)
print("OK")
