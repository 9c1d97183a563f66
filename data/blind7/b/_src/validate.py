import json, re, os, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
TRADE = ["thrift","bekas","second","seken","sekon","preloved","pre-loved","2nd","bal","karung","impor","import",
 "goni","koli","monza","monja","cakar","awul","rombeng","roma","lelong","bundle","obok","batam","senen",
 "gedebage","kalapa","melati","tungging","ex-","eks ","sortir","jastip","vintage","tanjungbalai","belawan",
 "entikong","nunukan","dumai","reject","ekspor","kontainer","used","grade","pakbek","baper","timbang"]
FAMOUS = re.compile(r"thrift|bekas\s*impor|\bbal\b|ball?press?|balpres|karungan|cakar|monza|awul", re.I)
errs = []
def norm(t): return re.sub(r"\s+", " ", t.lower()).strip()
for fname, style, lo, hi in [("x8b_oneliners.jsonl","oneliner",1,200),("x8b_longform.jsonl","longform",1001,1200)]:
    rows = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    ids, texts = set(), set()
    if len(rows) != hi - lo + 1: errs.append(f"{fname}: {len(rows)} rows")
    legal = 0; ill = 0; ill_plain = 0
    for r in rows:
        if list(r.keys()) != KEYS: errs.append(f"{r['id']} keys")
        if list(r["elements"].keys()) != ["offer","used","clothing","abroad"]: errs.append(f"{r['id']} el keys")
        m = re.fullmatch(r"x8b-(\d{4})", r["id"])
        if not m or not lo <= int(m.group(1)) <= hi: errs.append(f"{r['id']} range")
        if r["id"] in ids: errs.append(f"{r['id']} dup id")
        ids.add(r["id"])
        t = r["text"]
        if r["kind"] not in KINDS: errs.append(f"{r['id']} kind")
        if r["style"] != style: errs.append(f"{r['id']} style")
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: errs.append(f"{r['id']} oneliner len {len(t)}")
        else:
            n = len([x for x in t.split("\n") if x.strip()])
            if not 150 <= len(t) <= 1500 or not 2 <= n <= 15: errs.append(f"{r['id']} longform len {len(t)} lines {n}")
        if any(v not in (0,1) for v in r["elements"].values()): errs.append(f"{r['id']} element")
        exp = "illegal_used_import" if all(v==1 for v in r["elements"].values()) else "legal"
        if r["label"] != exp: errs.append(f"{r['id']} label")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{r['id']} category")
        if r["label"] == "legal" and not r["category"].startswith("hn_") and r["category"] not in ("easy_legal",): pass
        if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{r['id']} hn_ on illegal")
        for ph in re.findall(r"(?:\+62|\b0)8[\d\s\-x]{6,}", t):
            if "x" not in ph.lower(): errs.append(f"{r['id']} unmasked phone {ph}")
        if re.search(r"\b08\d{8,}", t): errs.append(f"{r['id']} unmasked phone")
        k = norm(t)
        if k in texts: errs.append(f"{r['id']} dup text")
        texts.add(k)
        if r["label"] == "legal":
            legal += 1
            if not any(w in t.lower() for w in TRADE): errs.append(f"{r['id']} no trade word")
        else:
            ill += 1
            if not FAMOUS.search(t): ill_plain += 1
    share = legal / max(1,len(rows))
    print(fname, "legal share %.2f" % share, "illegal avoiding famous words %d/%d" % (ill_plain, ill))
    if not 0.5 <= share <= 0.6: errs.append(f"{fname} legal share {share:.2f}")
    if ill and ill_plain / ill < 0.6: errs.append(f"{fname} famous-word share too high")
    print(collections.Counter((r["label"], r["category"]) for r in rows).most_common())
for e in errs: print("ERR", e)
print("OK" if not errs else f"{len(errs)} errors")
