import glob, os, importlib.util, collections
HERE = os.path.dirname(os.path.abspath(__file__))
R=[]
for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); R += m.R
ill=[r for r in R if all(r[3:7])]; leg=[r for r in R if not all(r[3:7])]
print("total",len(R),"illegal",len(ill),"legal",len(leg))
fail=collections.Counter(); nf=collections.Counter()
for r in leg:
    f=[k for k,v in zip(["offer","used","clothing","abroad"],r[3:7]) if v==0]
    nf[len(f)]+=1
    for k in f: fail[k]+=1
print("fail counts",dict(fail),"n failing",dict(nf))
only=collections.Counter(tuple(k for k,v in zip(["o","u","c","a"],r[3:7]) if v==0) for r in leg)
print(only.most_common())
print("kinds",collections.Counter(r[1] for r in R))
print("famsizes",collections.Counter(collections.Counter(r[0] for r in R).values()))
