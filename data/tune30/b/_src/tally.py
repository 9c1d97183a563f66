import glob,importlib,collections,sys,os
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
rows=[]
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),"b[0-9]*.py"))):
    rows+=importlib.import_module(os.path.basename(f)[:-3]).ROWS
fam=collections.Counter(r[0] for r in rows)
ill=sum(all(r[3:7]) for r in rows)
fail=collections.Counter(); nfail=collections.Counter()
for r in rows:
    if not all(r[3:7]):
        for k,v in zip("offer used clothing abroad".split(),r[3:7]):
            if v==0: fail[k]+=1
        nfail[4-sum(r[3:7])]+=1
print("records",len(rows),"families",len(fam),"sizes",collections.Counter(fam.values()))
print("illegal",ill,"legal",len(rows)-ill,"fails",dict(fail),"nfail",dict(nfail))
print("kinds",collections.Counter(r[1] for r in rows))
print("quiet",sum('quiet' in r[2] for r in rows),"loud",sum('loud' in r[2] for r in rows))
print("maxlen",max(len(r[7]) for r in rows))
