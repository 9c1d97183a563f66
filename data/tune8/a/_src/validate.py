import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
TRADE = re.compile(r"thrift|bekas|second|seken|2nd|preloved|pre-loved|\bbal\b|bal-|balan|balpres|ball?press?|karung|goni|koli|cakar|monza|monja|awul|rombeng|\broma\b|lelong|bundle|obok|batam|impor|import|senen|gedebage|kalapa|pajak melati|tungging|gembong|sortir|grade|ex[- ](jepang|korea|japan|usa|eropa|uk|taiwan|hk|singapore|singapura|malaysia|thailand|china)|jepang|korea|kontainer|tanjungbalai|dumai|belawan|entikong|nunukan|tawau|sisa ekspor|eks ekspor|sisa export|reject|vintage|layak pakai|bkas|s3ken|s3cond|bks", re.I)
FAMOUS = re.compile(r"thrift|bekas impor|\bbal\b|ball?press?|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(\+62|\b0)8\d{2}[ -]?\d{3,}")
errs = []
def err(m): errs.append(m)
def check(fname, style, lo, hi, n_expected):
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    if len(recs) != n_expected: err(f"{fname}: {len(recs)} records, expected {n_expected}")
    ids = set(); texts = set(); legal = 0; illegal = 0; famous = 0
    for r in recs:
        if list(r.keys()) != KEYS: err(f"{r.get('id')}: key order {list(r.keys())}")
        i = r["id"]
        if i in ids: err(f"dup id {i}")
        ids.add(i)
        m = re.fullmatch(r"x6a-(\d{4})", i)
        if not m or not (lo <= int(m.group(1)) <= hi): err(f"{i}: id out of range")
        if r["kind"] not in KINDS: err(f"{i}: kind {r['kind']}")
        if r["style"] != style: err(f"{i}: style")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err(f"{i}: category")
        el = r["elements"]
        if list(el.keys()) != ["offer", "used", "clothing", "abroad"] or any(v not in (0, 1) for v in el.values()):
            err(f"{i}: elements {el}")
        lab = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
        if r["label"] != lab: err(f"{i}: label mismatch")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err(f"{i}: oneliner len {len(t)} or newline")
        else:
            lines = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500): err(f"{i}: longform len {len(t)}")
            if not (2 <= len(lines) <= 15): err(f"{i}: longform lines {len(lines)}")
        if PHONE.search(t): err(f"{i}: unmasked phone {PHONE.search(t).group(0)}")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in texts: err(f"{i}: duplicate text")
        texts.add(key)
        if lab == "legal":
            legal += 1
            if not r["category"].startswith("hn_") and not r["category"].startswith("legal_"):
                pass
            if not TRADE.search(t): err(f"{i}: legal text without trade word")
        else:
            illegal += 1
            if r["category"].startswith("hn_"): err(f"{i}: illegal record with hn_ category")
            if FAMOUS.search(t): famous += 1
    share = legal / max(1, len(recs))
    if not (0.50 <= share <= 0.60): err(f"{fname}: legal share {share:.3f}")
    avoid = 1 - famous / max(1, illegal)
    if avoid < 0.60: err(f"{fname}: only {avoid:.2f} of illegal avoid famous words")
    print(f"{fname}: n={len(recs)} legal={legal} illegal={illegal} share={share:.3f} illegal_avoiding_famous={avoid:.2f}")
    return texts
a = check("x6a_oneliners.jsonl", "oneliner", 1, 300, 300)
b = check("x6a_longform.jsonl", "longform", 1001, 1100, 100)
if a & b: err("texts shared across files")
for e in errs: print("ERR", e)
print("OK" if not errs else f"{len(errs)} errors")
