import json, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
FAMOUS = re.compile(r"thrift|bekas\s*impor|\bbal\b|ball?\s*-?press|balpres|karungan|cakar|monza|awul", re.I)
TRADE = re.compile(r"thrift|bekas|second|seken|sekon|2nd|preloved|pre-loved|\bbal\b|ball|bale|karung|impor|import|monza|cakar|lelong|rombeng|\bRB\b|\broma\b|awul|cabo|\bBJ\b|beje|goni|koli|senen|gedebage|pajak|pasar|sortir|vintage|\bex[- ]|batam|kontainer|bundle|obok|grade|tungging|terong|senggol|mardika|youtefa|barang kapal|jastip|loak|bongkar|secondhand|used|sisa ekspor|reject|tawau|entikong|nunukan|belawan|tanjungbalai|dumai|lapak|kiloan|bekasan|import", re.I)
PHONE = re.compile(r"(?:\+62|\b0)8\d[\d\s\-\.]{6,}")
errs = []; allrecs = []; texts = set()
def err(m): errs.append(m)
for fname, lo, hi, style in [("x7d_oneliners.jsonl",1,500,"oneliner"),("x7d_longform.jsonl",1001,1150,"longform")]:
    ids = set()
    for ln in open(os.path.join(D, fname), encoding="utf-8"):
        r = json.loads(ln); allrecs.append(r)
        if list(r.keys()) != KEYS: err(f"keys {r.get('id')}")
        if list(r["elements"].keys()) != ["offer","used","clothing","abroad"]: err(f"elkeys {r['id']}")
        n = int(r["id"].split("-")[1])
        if not (lo <= n <= hi) or not r["id"].startswith("x7d-"): err(f"id range {r['id']}")
        if r["id"] in ids: err(f"dup id {r['id']}")
        ids.add(r["id"])
        if r["kind"] not in KINDS: err(f"kind {r['id']}")
        if r["style"] != style: err(f"style {r['id']}")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err(f"oneliner len/lines {r['id']} {len(t)}")
        else:
            lines = [l for l in t.split("\n") if l.strip()]
            if not (150 <= len(t) <= 1500) or not (2 <= len(lines) <= 15): err(f"longform len/lines {r['id']} {len(t)} {len(lines)}")
        el = r["elements"]
        if any(v not in (0,1) for v in el.values()): err(f"el values {r['id']}")
        lab = "illegal_used_import" if all(v==1 for v in el.values()) else "legal"
        if r["label"] != lab: err(f"label {r['id']}")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err(f"category {r['id']}")
        if PHONE.search(t): err(f"phone {r['id']}: {PHONE.search(t).group()}")
        key = re.sub(r"\s+"," ",t.lower()).strip()
        if key in texts: err(f"dup text {r['id']}")
        texts.add(key)
        if lab == "legal" and not TRADE.search(t): err(f"no trade word {r['id']}: {t[:80]}")
        if lab == "legal" and not r["category"].startswith("hn_"): err(f"legal cat not hn_ {r['id']} {r['category']}")
        if lab != "legal" and r["category"].startswith("hn_"): err(f"illegal with hn_ {r['id']}")
N = len(allrecs)
legal = sum(r["label"]=="legal" for r in allrecs)
o0 = sum(r["elements"]["offer"]==0 and all(r["elements"][k]==1 for k in ("used","clothing","abroad")) for r in allrecs)
ill = [r for r in allrecs if r["label"]!="legal"]
nofam = sum(not FAMOUS.search(r["text"]) for r in ill)
print(f"N={N} legal={legal} ({legal/N:.1%}) offer0_uca1={o0} ({o0/N:.1%}) illegal_avoiding_famous={nofam}/{len(ill)} ({nofam/max(1,len(ill)):.1%})")
if not (0.55 <= legal/N <= 0.68): err("legal share")
if o0/N < 0.38: err("offer0 share")
if nofam/max(1,len(ill)) < 0.60: err("famous words share")
for f,(lo,hi) in {"x7d_oneliners.jsonl":(1,500),"x7d_longform.jsonl":(1001,1150)}.items(): pass
if errs:
    print("\n".join(errs[:60])); print(f"{len(errs)} errors"); sys.exit(1)
print("OK")
