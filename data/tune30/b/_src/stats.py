import json,collections,os
H=os.path.dirname(os.path.abspath(__file__))
recs=[json.loads(l) for l in open(os.path.join(H,"..","x70b_oneliners.jsonl"),encoding="utf-8")]
fam=json.load(open(os.path.join(H,"families.json")))
out=[]
lab=collections.Counter(r["label"] for r in recs)
out.append("| label | n |\n|---|---|"); out+= [f"| {k} | {v} |" for k,v in lab.most_common()]
kind=collections.Counter((r["kind"],r["label"]) for r in recs)
out.append("\n| kind | illegal | legal | total |\n|---|---|---|---|")
for k in sorted({r["kind"] for r in recs}):
    i=kind[(k,"illegal_used_import")]; l=kind[(k,"legal")]; out.append(f"| {k} | {i} | {l} | {i+l} |")
pat=collections.Counter("".join(str(r["elements"][e]) for e in ["offer","used","clothing","abroad"]) for r in recs if r["label"]=="legal")
out.append("\nLegal element patterns (offer used clothing abroad):\n\n| pattern | failing | n |\n|---|---|---|")
names=["offer","used","clothing","abroad"]
for p,n in pat.most_common():
    out.append(f"| {p} | {'+'.join(names[i] for i,c in enumerate(p) if c=='0')} | {n} |")
fails=collections.Counter(names[i] for r in recs if r["label"]=="legal" for i,c in enumerate("".join(str(r["elements"][e]) for e in names)) if c=="0")
out.append("\nLegal records failing each element (a record failing two counts twice): "+", ".join(f"{k} {v}" for k,v in fails.items()))
sizes=collections.Counter(collections.Counter(fam.values()).values())
out.append("\nFamilies: "+str(len(set(fam.values())))+" ("+", ".join(f"{v} of size {k}" for k,v in sorted(sizes.items()))+")")
def grp(c):
    if c.startswith("hn_twin_"): return "hn_twin_* (legal twin)"
    if c.startswith("hn_"): return "hn_* (legal family base: news/report)"
    for t in ("quiet","open","loud"):
        if "_"+t+"_" in c: return f"*_{t}_* (illegal offer, {t})"
    return c
g=collections.Counter(grp(r["category"]) for r in recs)
out.append("\nCategory groups:\n\n| group | n |\n|---|---|"); out+=[f"| {k} | {v} |" for k,v in g.most_common()]
cc=collections.Counter(r["category"] for r in recs)
out.append("\nAll categories (name: count):\n\n"+", ".join(f"`{k}`: {v}" for k,v in sorted(cc.items())))
print("\n".join(out))
