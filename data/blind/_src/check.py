import json, re, collections
KINDS={"listing","post","profile","comment","message","live","review","article"}
LABELS={"illegal_used_import","legal"}
ids=set(); texts=set(); ok=True
for fn, style, n_exp, ratio in [("oneliners.jsonl","oneliner",320,0.45),("longform.jsonl","longform",220,0.40)]:
    rows=[]
    for ln,line in enumerate(open(fn,encoding="utf-8"),1):
        r=json.loads(line); rows.append(r)
        assert set(r)=={"id","kind","text","label","category","style"}, (fn,ln)
        assert r["kind"] in KINDS and r["label"] in LABELS and r["style"]==style, (fn,ln,r)
        assert re.fullmatch(r"[a-z_]+", r["category"]), r["category"]
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        t=r["text"].strip().lower()
        assert t not in texts, ("dup", r["id"]); texts.add(t)
    c=collections.Counter(r["label"] for r in rows)
    print(fn, len(rows), dict(c), "illegal share %.3f (target %.2f)" % (c["illegal_used_import"]/len(rows), ratio))
    assert len(rows)==n_exp
    if style=="longform":
        nl=sum("\n" in r["text"] for r in rows); print("  longform with line breaks:", nl)
    else:
        L=[len(r["text"]) for r in rows]; print("  oneliner len max", max(L), "any newline:", any("\n" in r["text"] for r in rows))
    cats=collections.Counter((r["label"],r["category"]) for r in rows)
    for k,v in sorted(cats.items()): print("   ", k, v)
# code-word oneliners must avoid thrift / bekas impor / bal
rows=[json.loads(l) for l in open("oneliners.jsonl",encoding="utf-8")]
cw=[r for r in rows if r["category"] in ("regional_term","route_term","market_term","bale_vocab")]
bad=[r["id"] for r in cw if re.search(r"thrift|bekas\s*impor|\bbal\b|ball?pres", r["text"], re.I)]
print("code-word illegal oneliners:", len(cw), "violations:", bad)
