"""Validate x6d_oneliners.jsonl and x6d_longform.jsonl. Prints OK when all checks pass."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
TRADE = re.compile(r"thrift|bekas|second|seken|2nd|2⃣nd|preloved|pre-loved|pre-owned|layak pakai|\bbal\b|bale|karung|goni|koli|impor|import|"
                   r"cakar|monza|lelong|awul|rombeng|\bRB\b|cabo|\bPJ\b|\bBJ\b|babebo|obok|baju batam|barang kapal|barang TB|tebe|"
                   r"senen|gedebage|cimol|kebon kalapa|kodim|terong|daimaru|lakessi|kodok|tungging|pajak melati|pajak sambu|gembong|"
                   r"beringharjo|klithikan|sekaten|pasar|sortir|majun|ex-|ex |tawau|nunukan|entikong|batam|tanjungbalai|belawan|dumai", re.I)
FAMOUS = re.compile(r"thrift|bekas\s+impor|\bbal\b|ballpress|balpres|karungan|cakar|monza|awul", re.I)
PHONE_OK = re.compile(r"08\d{2}x{4}")

def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()

errs = []
seen = set()
allrecs = []
for fname, style, lo, hi, n in [("x6d_oneliners.jsonl", "oneliner", 1, 300, 300),
                                ("x6d_longform.jsonl", "longform", 1001, 1100, 100)]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8") if l.strip()]
    if len(recs) != n:
        errs.append(f"{fname}: {len(recs)} records, expected {n}")
    ids = set()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid}: element keys")
        m = re.fullmatch(r"x6d-(\d{4})", rid or "")
        if not m or not (lo <= int(m.group(1)) <= hi): errs.append(f"{rid}: id out of range")
        if rid in ids: errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != style: errs.append(f"{rid}: style")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: errs.append(f"{rid}: oneliner length/linebreak")
        else:
            lines = [l for l in t.split("\n") if l.strip()]
            if not (150 <= len(t) <= 1500): errs.append(f"{rid}: longform length {len(t)}")
            if not (2 <= len(lines) <= 15): errs.append(f"{rid}: longform lines {len(lines)}")
        el = r["elements"]
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
        exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != exp: errs.append(f"{rid}: label mismatch")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category")
        if r["label"] == "legal" and r["category"].startswith("hn_") is False:
            errs.append(f"{rid}: legal record without hn_ category")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        # phones: any 08.. sequence must be masked, no long digit runs
        for mm in re.finditer(r"(?<![\d.])(?:\+62|0)8\d[\dx]*", t):
            if not PHONE_OK.fullmatch(mm.group(0)): errs.append(f"{rid}: unmasked phone {mm.group(0)}")
        if re.search(r"\d{8,}", t):
            errs.append(f"{rid}: long digit run (possible phone)")
        k = norm(t)
        if k in seen: errs.append(f"{rid}: duplicate text")
        seen.add(k)
        if r["label"] == "legal" and not TRADE.search(t): errs.append(f"{rid}: legal text without trade word")
        allrecs.append(r)
    legal = sum(1 for r in recs if r["label"] == "legal")
    share = legal / len(recs)
    print(f"{fname}: {len(recs)} records, legal {legal} ({share:.1%})")
    if not (0.50 <= share <= 0.60): errs.append(f"{fname}: legal share {share:.2f}")

ill = [r for r in allrecs if r["label"] != "legal"]
fam = sum(1 for r in ill if FAMOUS.search(r["text"]))
print(f"illegal records using famous words: {fam}/{len(ill)} ({fam/len(ill):.1%})")
if fam / len(ill) > 0.40: errs.append("too many illegal records use famous words")

if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
print("OK")
