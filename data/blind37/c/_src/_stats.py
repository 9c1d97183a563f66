import sys, os, importlib
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
rows=[]
for f in sorted(os.listdir('.')):
    if f.startswith('b') and f.endswith('.py') and f!='build.py':
        rows += importlib.import_module(f[:-3]).ROWS
ill=[r for r in rows if r[3:7]==(1,1,1,1)]
leg=[r for r in rows if r[3:7]!=(1,1,1,1)]
fail=Counter()
for r in leg:
    k=tuple(n for n,v in zip("OUCA",r[3:7]) if v==0); fail["".join(k)]+=1
q=sum('quiet' in r[2] for r in ill)
print(len(rows),"ill",len(ill),"leg",len(leg),"quiet",q,dict(fail), Counter(r[1] for r in rows))
