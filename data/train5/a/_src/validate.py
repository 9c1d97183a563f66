import json, re, os, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
TRADE = re.compile(r"thrift|bekas|second|seken|2nd|preloved|pre-loved|\bbal\b|bale|balpres|ballpress|karung|goni|koli|impor|import|cakar|monza|monja|awul|rombeng|\broma\b|lelong|bundle|obok|batam|senen|gedebage|kalapa|melati|tungging|sortir|ex-|reject|ekspor|vintage|pakaian|baju|lapak|tanjungbalai|dumai|belawan|entikong|nunukan|tawau|jepang|korea|japan|kontainer|sisa|ukay|hand ?me|lungsuran|permendag|ball|grade|pasar|secon|2 ?nd|s3cond|s.e.c.o.n.d|b\.e\.k\.a\.s|bks", re.I)
FAMOUS = re.compile(r"thrift|bekas impor|\bbal\b|ballpress|balpres|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(\+62|\b0)8\d[\d\- ]{5,}")
err = []
allrecs = []
ids = set(); texts = set()
for fn, style, lo, hi in [("x7a_oneliners.jsonl","oneliner",1,500),("x7a_longform.jsonl","longform",1001,1150)]:
    for line in open(os.path.join(OUT, fn), encoding='utf-8'):
        r = json.loads(line)
        allrecs.append(r)
        if list(r.keys()) != ["id","kind","text","label","category","style","elements"]: err.append(("keys", r["id"]))
        if list(r["elements"].keys()) != ["offer","used","clothing","abroad"]: err.append(("elkeys", r["id"]))
        m = re.fullmatch(r"x7a-(\d{4})", r["id"])
        if not m or not (lo <= int(m.group(1)) <= hi): err.append(("idrange", r["id"]))
        if r["id"] in ids: err.append(("dupid", r["id"]))
        ids.add(r["id"])
        if r["kind"] not in KINDS: err.append(("kind", r["id"], r["kind"]))
        if r["style"] != style: err.append(("style", r["id"]))
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err.append(("oneliner", r["id"], len(t), t[:50]))
        else:
            nl = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500) or not (2 <= len(nl) <= 15): err.append(("longform", r["id"], len(t), len(nl), t[:50]))
        el = r["elements"]
        if any(v not in (0,1) for v in el.values()): err.append(("el01", r["id"]))
        lab = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != lab: err.append(("label", r["id"]))
        if PHONE.search(t): err.append(("phone", r["id"], t[:60]))
        k = re.sub(r"\s+", " ", t.lower()).strip()
        if k in texts: err.append(("duptext", r["id"], t[:60]))
        texts.add(k)
        if lab == "legal" and not TRADE.search(t): err.append(("notrade", r["id"], t[:80]))
        if r["category"] != re.sub(r"[^a-z0-9_]", "", r["category"]): err.append(("cat", r["id"]))
        if lab == "legal" and el["offer"]==0 and not r["category"].startswith("hn_"): pass
        if lab == "illegal_used_import" and r["category"].startswith("hn_"): err.append(("hn_illegal", r["id"]))
    n = sum(1 for r in allrecs if r["style"]==style)
    print(fn, n)
N = len(allrecs)
legal = sum(r["label"]=="legal" for r in allrecs)/N
hard = sum(r["elements"]=={"offer":0,"used":1,"clothing":1,"abroad":1} for r in allrecs)/N
ill = [r for r in allrecs if r["label"]!="legal"]
nofam = sum(not FAMOUS.search(r["text"]) for r in ill)/max(1,len(ill))
off1 = sum(r["elements"]["offer"] for r in allrecs)/N
print("legal share %.3f  offer0-hard share %.3f  illegal-without-famous %.3f  offer1 %.3f" % (legal, hard, nofam, off1))
if not 0.55 <= legal <= 0.68: err.append(("legalshare", legal))
if hard < 0.38: err.append(("hardshare", hard))
if nofam < 0.60: err.append(("famous", nofam))
for st in ["oneliner","longform"]:
    sub=[r for r in allrecs if r["style"]==st]
    print(st, collections.Counter(r["label"] for r in sub))
if err:
    for e in err[:60]: print(e)
    print(len(err), "errors")
else:
    print("OK")
