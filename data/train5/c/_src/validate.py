import json, re, os, sys, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
TRADE = ["thrift","bekas","second","seken","sekon","2nd","preloved","bal","karung","goni","koli","impor","import",
 "ex ","ex-","cakar","monza","monja","awul","rombengan","roma","lelong","bundle","obok","batam","senen","gedebage",
 "kebon kalapa","pajak melati","tungging","vintage","sisa ekspor","reject","majun","jepang","korea","tanjungbalai",
 "dumai","entikong","nunukan","tawau","butung","urut","s e k e n","k0l1","s3k3n","2nd","pajak","grade","sortir"]
FAMOUS = re.compile(r"thrift|bekas\s+impor|\bbal\b|ballpress|balpres|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(?:\+62|62|0)8\d[\d\- ]{6,}")
errs = []
def norm(t): return re.sub(r"\s+"," ",t.lower()).strip()
allrecs = []
for fn, style, lo, hi in (("x7c_oneliners.jsonl","oneliner",1,150),("x7c_longform.jsonl","longform",1001,1350)):
    for line in open(os.path.join(D, fn), encoding="utf-8"):
        r = json.loads(line)
        allrecs.append(r)
        if list(r.keys()) != KEYS: errs.append(("keys", r["id"]))
        n = int(r["id"].split("-")[1])
        if not r["id"].startswith("x7c-") or not lo <= n <= hi: errs.append(("id range", r["id"]))
        if r["style"] != style: errs.append(("style", r["id"]))
        if r["kind"] not in KINDS: errs.append(("kind", r["id"]))
        e = r["elements"]
        if list(e.keys()) != ["offer","used","clothing","abroad"] or any(v not in (0,1) for v in e.values()): errs.append(("elements", r["id"]))
        lab = "illegal_used_import" if all(e.values()) else "legal"
        if r["label"] != lab: errs.append(("label", r["id"]))
        if lab == "legal" and not r["category"].startswith("hn_"): errs.append(("hn prefix", r["id"]))
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(("category", r["id"]))
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: errs.append(("oneliner len/nl", r["id"], len(t)))
        else:
            nl = [l for l in t.split("\n") if l.strip()]
            if not 150 <= len(t) <= 1500: errs.append(("longform len", r["id"], len(t)))
            if not 2 <= len(nl) <= 15: errs.append(("longform lines", r["id"], len(nl)))
        if PHONE.search(t): errs.append(("unmasked phone", r["id"]))
        if lab == "legal" and not any(w in t.lower() for w in TRADE): errs.append(("no trade word", r["id"]))
ids = [r["id"] for r in allrecs]
if len(ids) != len(set(ids)): errs.append(("dup ids",))
c = collections.Counter(norm(r["text"]) for r in allrecs)
for t, k in c.items():
    if k > 1: errs.append(("dup text", t[:60]))
N = len(allrecs)
legal = sum(r["label"] == "legal" for r in allrecs) / N
hard0 = sum(r["elements"] == {"offer":0,"used":1,"clothing":1,"abroad":1} for r in allrecs) / N
ill = [r for r in allrecs if r["label"] != "legal"]
famous = sum(bool(FAMOUS.search(r["text"])) for r in ill) / max(1, len(ill))
print("N", N, "legal %.3f" % legal, "offer0+uca %.3f" % hard0, "illegal famous-word share %.3f" % famous)
if not 0.55 <= legal <= 0.68: errs.append(("legal share", legal))
if hard0 < 0.38: errs.append(("offer0 uca share", hard0))
if famous > 0.40: errs.append(("famous share", famous))
# phrase spread per half (warning only): word 4-grams in >3% of a half
for name, half in (("offer1", [r for r in allrecs if r["elements"]["offer"]==1]), ("offer0", [r for r in allrecs if r["elements"]["offer"]==0])):
    cnt = collections.Counter()
    for r in half:
        w = re.findall(r"\w+", r["text"].lower())
        cnt.update(set(" ".join(w[i:i+3]) for i in range(len(w)-2)))
    lim = 0.03 * len(half)
    top = [(g, k) for g, k in cnt.most_common(15) if k > lim]
    if top: print("WARN frequent 3-grams in", name, top)
if errs:
    for e in errs[:60]: print("ERR", e)
    print(len(errs), "errors"); sys.exit(1)
print("OK")
