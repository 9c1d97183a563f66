import json, re, os, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
FAMOUS = ["bekas impor","bekas import","pakaian bekas","thrift","balpres","ballpress","ball press","bal press","karungan","cakar","monza","awul","second import","second impor","bekas korea","bekas jepang","grade a","sortiran","bongkar bal","hidden gem","bundle"]
err = []; seen = set(); ids = set(); allrecs = []
for fn, style, lo, hi in [("x9a_oneliners.jsonl","oneliner",1,500),("x9a_longform.jsonl","longform",1001,1150)]:
    recs = [json.loads(l) for l in open(os.path.join(base, fn), encoding="utf-8") if l.strip()]
    for r in recs:
        allrecs.append(r)
        if list(r.keys()) != ["id","kind","text","label","category","style","elements"]: err.append(("keys", r["id"]))
        m = re.fullmatch(r"x9a-(\d{4})", r["id"])
        if not m or not lo <= int(m.group(1)) <= hi: err.append(("idrange", r["id"]))
        if r["id"] in ids: err.append(("dupid", r["id"]))
        ids.add(r["id"])
        t = r["text"]
        if r["style"] != style: err.append(("style", r["id"]))
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err.append(("ol_len", r["id"], len(t)))
        else:
            n = len([x for x in t.split("\n") if x.strip()])
            if not 150 <= len(t) <= 1500 or not 2 <= n <= 15: err.append(("lf_len", r["id"], len(t), n))
        if r["kind"] not in KINDS: err.append(("kind", r["id"]))
        el = r["elements"]
        if list(el.keys()) != ["offer","used","clothing","abroad"] or any(v not in (0,1) for v in el.values()): err.append(("el", r["id"]))
        exp = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != exp: err.append(("label", r["id"]))
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err.append(("cat", r["id"]))
        if r["label"] == "legal" and el != {"offer":1,"used":1,"clothing":1,"abroad":1} and False: pass
        for ph in re.findall(r"(?:\+62|\b0)8\d[\dx\- ]{4,}", t):
            if not re.search(r"x{3,}", ph.lower()): err.append(("phone", r["id"], ph))
        k = re.sub(r"\s+", " ", t.lower()).strip()
        if k in seen: err.append(("duptext", r["id"]))
        seen.add(k)
    leg = sum(r["label"] == "legal" for r in recs) / max(1, len(recs))
    print(fn, len(recs), "legal share %.3f" % leg)
    if not 0.50 <= leg <= 0.55: err.append(("legalshare", fn, leg))
ill = [r for r in allrecs if r["label"] != "legal"]
def famous(t):
    t = t.lower()
    return any(w in t for w in FAMOUS) or re.search(r"\bbal\b", t)
fs = sum(bool(famous(r["text"])) for r in ill) / max(1, len(ill))
print("famous share among illegal %.3f" % fs)
if fs < 0.6: err.append(("famous", fs))
leg = sum(r["label"] == "legal" for r in allrecs) / max(1, len(allrecs))
print("total", len(allrecs), "legal share %.3f" % leg)
if not 0.50 <= leg <= 0.55: err.append(("legalshare_total", leg))
if err:
    for e in err[:60]: print(e)
    print("ERRORS", len(err)); sys.exit(1)
print("OK")
