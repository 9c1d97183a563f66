import glob,os,collections
rows=[]
for p in sorted(glob.glob('b[0-9]*.py')):
    ns={};exec(open(p).read(),ns)
    for k,v in ns.items():
        if k.startswith('B') and isinstance(v,list): rows+=v
print('n',len(rows))
ill=[r for r in rows if all(r[4:])]
print('illegal',len(ill),'legal',len(rows)-len(ill))
fail=collections.Counter()
for r in rows:
    if not all(r[4:]):
        fail['+'.join(n for n,x in zip(['o','u','c','a'],r[4:]) if not x)]+=1
print(fail)
print(collections.Counter(r[1] for r in rows))
fam=collections.defaultdict(list)
for r in rows: fam[r[0]].append(r)
print('fams',len(fam),collections.Counter(len(v) for v in fam.values()))
for f,v in fam.items():
    cats=[r[2] for r in v]
    if len(set(cats))!=len(cats): print('dupcat',f)
    # each member must differ by exactly one element from some other member
    for r in v:
        if not any(sum(x!=y for x,y in zip(r[4:],q[4:]))==1 for q in v if q is not r): print('noflip',f,r[3][:50])
for r in rows:
    if len(r[3])>160: print('long',len(r[3]),r[3])
