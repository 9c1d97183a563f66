"""Checks the two JSONL files of part x5a. Prints OK or the problems found."""
import json, os, re, sys, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {"x5a_oneliners.jsonl": ("oneliner", 1, 300), "x5a_longform.jsonl": ("longform", 1001, 1100)}
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
TRADE = re.compile(r"thrift|bekas|second|seken|sekon|2nd|preloved|pre-loved|pre-owned|secondhand|used|\bbal\b|bal-|balpres|ballpress|"
                   r"karung|goni|koli|cakar|monza|monja|awul|rombengan|\broma\b|lelong|obok|impor|import|\bex[- ]|eks |"
                   r"batam|senen|gedebage|kebon kalapa|pajak melati|tungging|butung|tawau|nunukan|entikong|belawan|dumai|"
                   r"tanjungbalai|tanjungpinang|port klang|vintage|retro|reject|sisa ekspor|overstock|kontainer|sortir|grade", re.I)
FAMOUS = re.compile(r"thrift|bekas impor|\bbal\b|ballpress|balpres|karungan|cakar|monza|awul", re.I)
errors = []
seen_ids, seen_texts = set(), set()
totals = collections.Counter()
for fname, (style, lo, hi) in FILES.items():
    path = os.path.join(OUT, fname)
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    legal = illegal = famous = 0
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS: errors.append(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != ELS: errors.append(f"{rid}: element keys")
        m = re.fullmatch(r"x5a-(\d{4})", rid)
        if not m or not (lo <= int(m.group(1)) <= hi): errors.append(f"{rid}: id out of range")
        if rid in seen_ids: errors.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if r["kind"] not in KINDS: errors.append(f"{rid}: kind {r['kind']}")
        if r["style"] != style: errors.append(f"{rid}: style")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: errors.append(f"{rid}: oneliner length/newline {len(t)}")
        else:
            n = len([x for x in t.split("\n") if x.strip()])
            if not (150 <= len(t) <= 1500) or not (2 <= n <= 15): errors.append(f"{rid}: longform {len(t)} chars {n} lines")
        if any(r["elements"][k] not in (0, 1) for k in ELS): errors.append(f"{rid}: element not 0/1")
        want = "illegal_used_import" if all(r["elements"][k] == 1 for k in ELS) else "legal"
        if r["label"] != want: errors.append(f"{rid}: label derivation")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errors.append(f"{rid}: category")
        if r["label"] == "legal" and not r["category"].startswith("hn_"): errors.append(f"{rid}: legal category lacks hn_")
        if re.search(r"\d{10,}", t) or re.search(r"(\+62|\b0)8\d{2}[ .-]?\d{3,}", t):
            errors.append(f"{rid}: unmasked phone-like number")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_texts: errors.append(f"{rid}: duplicate text")
        seen_texts.add(key)
        if r["label"] == "legal":
            legal += 1
            if not TRADE.search(t): errors.append(f"{rid}: legal text without trade word")
        else:
            illegal += 1
            if FAMOUS.search(t): famous += 1
    share = legal / len(recs)
    if not (0.50 <= share <= 0.60): errors.append(f"{fname}: legal share {share:.2f}")
    if illegal and (illegal - famous) / illegal < 0.60: errors.append(f"{fname}: only {illegal-famous}/{illegal} illegal avoid famous words")
    if len(recs) != hi - lo + 1: errors.append(f"{fname}: {len(recs)} records, expected {hi-lo+1}")
    print(f"{fname}: {len(recs)} records, legal {legal} ({share:.1%}), illegal {illegal}, illegal w/o famous words {illegal-famous}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
