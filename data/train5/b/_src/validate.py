import json, re, os, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
TRADE = ["thrift","bekas","second","seken","sekon","2nd","preloved","pre-loved","bal","karung","goni","koli","impor","import",
 "cakar","monza","monja","awul","rombeng","roma","lelong","bundle","obok","batam","senen","gedebage","kalapa","melati",
 "tungging","kontainer","container","ex-","ex ","eks","jepang","korea","japan","eropa","usa","tanjungbalai","dumai","belawan",
 "tanjungpinang","entikong","nunukan","tawau","port klang","grade","vintage","sortir","sisa ekspor","reject","apek","2hand","secondhand","second-hand","pasar"]
FAMOUS = re.compile(r"thrift|bekas impor|\bbal\b|bal+pres|ballpress|karungan|cakar|monza|awul", re.I)
errs = []
allrecs = []; seen = {}
def chk(fname, style, lo, hi):
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    for r in recs:
        if list(r.keys()) != ["id","kind","text","label","category","style","elements"]: errs.append(("keys", r["id"]))
        if list(r["elements"].keys()) != ["offer","used","clothing","abroad"]: errs.append(("elkeys", r["id"]))
        n = int(r["id"].split("-")[1])
        if not r["id"].startswith("x7b-") or not lo <= n <= hi: errs.append(("idrange", r["id"]))
        if r["kind"] not in KINDS: errs.append(("kind", r["id"], r["kind"]))
        if r["style"] != style: errs.append(("style", r["id"]))
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(("cat", r["id"]))
        e = r["elements"]
        if any(v not in (0,1) for v in e.values()): errs.append(("el", r["id"]))
        lab = "illegal_used_import" if all(e.values()) else "legal"
        if r["label"] != lab: errs.append(("label", r["id"]))
        if lab == "legal" and e["offer"] == 0 and e["used"] and e["clothing"] and e["abroad"] and not r["category"].startswith("hn_"):
            errs.append(("hn_prefix", r["id"]))
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: errs.append(("len1", r["id"], len(t)))
        else:
            lines = [x for x in t.split("\n") if x.strip()]
            if not 150 <= len(t) <= 1500 or not 2 <= len(lines) <= 15: errs.append(("lenL", r["id"], len(t), len(lines)))
        if re.search(r"(?:\+62|\b08)\d{5,}", t.replace(" ","").replace("-","")): errs.append(("phone", r["id"]))
        k = re.sub(r"\s+", " ", t.lower()).strip()
        if k in seen: errs.append(("dup", r["id"], seen[k]))
        seen[k] = r["id"]
        if lab == "legal" and not any(w in t.lower() for w in TRADE): errs.append(("tradeword", r["id"], t[:60]))
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids): errs.append(("dupid", fname))
    allrecs.extend(recs)
    return recs
a = chk("x7b_oneliners.jsonl", "oneliner", 1, 500)
b = chk("x7b_longform.jsonl", "longform", 1001, 1150)
N = len(allrecs)
leg = sum(r["label"] == "legal" for r in allrecs) / N
hard = sum(r["elements"]["offer"] == 0 and r["elements"]["used"] and r["elements"]["clothing"] and r["elements"]["abroad"] for r in allrecs) / N
ill = [r for r in allrecs if r["label"] != "legal"]
nofam = sum(not FAMOUS.search(r["text"]) for r in ill) / max(1, len(ill))
print("n", len(a), len(b), "legal %.3f" % leg, "o0uca1 %.3f" % hard, "illegal-no-famous %.3f" % nofam)
if not 0.55 <= leg <= 0.68: errs.append(("legalshare", leg))
if hard < 0.38: errs.append(("hardshare", hard))
if nofam < 0.60: errs.append(("famous", nofam))
for st, rs in (("one", a), ("long", b)):
    c = collections.Counter((r["label"], r["elements"]["offer"]) for r in rs); print(st, dict(c))
if errs:
    for e in errs[:80]: print(e)
    print("ERRORS", len(errs)); sys.exit(1)
print("OK")
