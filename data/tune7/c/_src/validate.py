import json, re, os, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
TRADE = re.compile(r"thrift|bekas|second|seken|2nd|preloved|pre-loved|\bbal\b|bal-bal|balpres|ballpres|bale|karung|goni|koli|impor|import|monza|monja|cakar|awul|rombeng|\broma\b|lelong|bundle|obok|batam|senen|gedebage|kebon kalapa|pajak melati|tungging|tanjungbalai|tanjung balai|ex-|ex |sortir|grade|kontainer|jastip|sisa ekspor|reject|vintage|\bkg\b|ton\b|kodi|eks ", re.I)
FAMOUS = re.compile(r"thrift|bekas\s+impor|\bbal\b|ball?press|balpres|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(\+62|\b0)8\d{2}[\s.-]?\d{2,}")
errs = []
def err(m): errs.append(m)
seen_ids, seen_text = set(), set()
for fname, style, lo, hi in [("oneliners.jsonl", "oneliner", 1, 100), ("longform.jsonl", "longform", 1001, 1260)]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    legal = 0; ill = 0; ill_famous = 0
    for r in recs:
        i = r.get("id")
        if list(r.keys()) != KEYS: err(f"{i}: keys {list(r.keys())}")
        if i in seen_ids: err(f"dup id {i}")
        seen_ids.add(i)
        m = re.fullmatch(r"x5c-(\d{4})", i or "")
        if not m or not lo <= int(m.group(1)) <= hi: err(f"{i}: id out of range")
        if r["kind"] not in KINDS: err(f"{i}: kind {r['kind']}")
        if r["style"] != style: err(f"{i}: style")
        t = r["text"]
        lines = [x for x in t.split("\n") if x.strip()]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err(f"{i}: oneliner len {len(t)} or newline")
        else:
            if not 150 <= len(t) <= 1500: err(f"{i}: longform len {len(t)}")
            if not 2 <= len(lines) <= 15: err(f"{i}: lines {len(lines)}")
        el = r["elements"]
        if list(el.keys()) != ["offer", "used", "clothing", "abroad"] or any(v not in (0, 1) for v in el.values()):
            err(f"{i}: elements {el}")
        exp = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != exp: err(f"{i}: label mismatch")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err(f"{i}: category")
        if r["label"] == "legal" and r["category"].startswith("hn_") is False and False: pass
        if PHONE.search(t): err(f"{i}: unmasked phone {PHONE.search(t).group(0)}")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen_text: err(f"{i}: duplicate text")
        seen_text.add(norm)
        if r["label"] == "legal":
            legal += 1
            if not TRADE.search(t): err(f"{i}: legal text without trade word")
        else:
            ill += 1
            if FAMOUS.search(t): ill_famous += 1
    n = len(recs)
    share = legal / n if n else 0
    print(f"{fname}: n={n} legal={legal} ({share:.1%}) illegal={ill} illegal_with_famous_words={ill_famous} ({ill_famous/max(ill,1):.0%})")
    if not 0.5 <= share <= 0.6: err(f"{fname}: legal share {share:.2f}")
    if ill and ill_famous / ill > 0.4: err(f"{fname}: too many illegal with famous words")
for e in errs: print("ERR", e)
print("OK" if not errs else f"{len(errs)} errors")
