"""Validate x5b files. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
TRADE = re.compile(r"thrift|bekas|second|seken|sekon|2nd|preloved|pre-loved|\bbal\b|\bbal[- ]|balan|balpres|ballpress|karung|goni|koli|"
                   r"impor|import|monza|monja|lelong|cakar|awul|rombeng|\broma\b|bundle|obok|batam|\bex\b|\beks\b|kontainer|"
                   r"senen|gedebage|kebon kalapa|pajak melati|pamela|tungging|cimol|sambu|klithikan|petisah|simalingkar|"
                   r"sisa ekspor|reject|vintage|lungsuran|majun|sortir|lawas", re.I)
FAMOUS = re.compile(r"thrift|bekas\s*impor|\bbal(nya|an)?\b|ball?press|balpres|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(?:\+?62|0)8\d{2}[\d\- ]{3,}")

errors = []
def err(m): errors.append(m)

texts = set()
ids = set()
for fname, style, lo, hi in (("x5b_oneliners.jsonl", "oneliner", 1, 300), ("x5b_longform.jsonl", "longform", 1001, 1100)):
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8") if l.strip()]
    lab, kinds, cats = Counter(), Counter(), Counter()
    ill, ill_famous = 0, 0
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS: err(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS: err(f"{rid}: element keys")
        m = re.fullmatch(r"x5b-(\d{4})", rid)
        if not m or not lo <= int(m.group(1)) <= hi: err(f"{rid}: id out of range")
        if rid in ids: err(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS: err(f"{rid}: kind {r['kind']}")
        if r["style"] != style: err(f"{rid}: style")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160: err(f"{rid}: too long {len(t)}")
            if "\n" in t or "\r" in t: err(f"{rid}: line break")
        else:
            if not 150 <= len(t) <= 1500: err(f"{rid}: length {len(t)}")
            n = len([x for x in t.split("\n") if x.strip()])
            if not 2 <= n <= 15: err(f"{rid}: lines {n}")
        e = r["elements"]
        if any(v not in (0, 1) or type(v) is not int for v in e.values()): err(f"{rid}: element not 0/1")
        want = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want: err(f"{rid}: label mismatch")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): err(f"{rid}: category {r['category']}")
        if PHONE.search(t): err(f"{rid}: unmasked phone")
        for mm in re.finditer(r"\d{6,}", t.replace(".", "")):
            if mm.group(0).startswith("08"): err(f"{rid}: phone-like number")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in texts: err(f"{rid}: duplicate text")
        texts.add(norm)
        if r["label"] == "legal" and not TRADE.search(t): err(f"{rid}: legal text without trade word")
        if r["label"] == "illegal_used_import":
            ill += 1
            if FAMOUS.search(t): ill_famous += 1
        lab[r["label"]] += 1; kinds[r["kind"]] += 1; cats[r["category"]] += 1
    n = len(recs)
    share = lab["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60: err(f"{fname}: legal share {share:.2f}")
    avoid = 1 - ill_famous / ill if ill else 1
    if avoid < 0.60: err(f"{fname}: only {avoid:.0%} of illegal avoid famous words")
    print(f"{fname}: n={n} labels={dict(lab)} legal_share={share:.2f} illegal_avoiding_famous={avoid:.0%}")
    print("  kinds:", dict(sorted(kinds.items())))
if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)})"); sys.exit(1)
print("OK")
