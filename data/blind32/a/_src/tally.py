import build, collections
rows = build.load()
ill = [r for r in rows if r[3:7]==(1,1,1,1)]
leg = [r for r in rows if r[3:7]!=(1,1,1,1)]
print("total", len(rows), "ill", len(ill), "legal", len(leg))
fail = collections.Counter()
for r in leg:
    for k, v in zip(["offer","used","clothing","abroad"], r[3:7]):
        if v == 0: fail[k]+=1
print("fail", dict(fail), "double", sum(sum(1 for v in r[3:7] if v==0)>1 for r in leg))
print("kinds", collections.Counter(r[1] for r in rows))
print("quiet/loud", collections.Counter(r[2] for r in ill))
fams = collections.Counter(r[0] for r in rows); print("fams", len(fams), collections.Counter(fams.values()))
print("maxlen", max(len(r[7]) for r in rows), [r[7][:30] for r in rows if len(r[7])>160])
