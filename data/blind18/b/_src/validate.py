"""Validate x29b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(HERE, "x29b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 150
FAMOUS = re.compile(r"bekas|\bsecond|seken|\b2nd\b|thrift|pre-?loved|\bbal\b|\bball|balpres|karungan|\bimpor|"
                    r"bundle|cakar|monza|monja|awul|hidden gem", re.I)
PHONE = re.compile(r"(\+62|(?<!\d)0)8\d[\d\- ]{5,}\d")

def main():
    errs = []
    ids, texts = set(), set()
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
        m = re.fullmatch(r"x29b(\d{4})", str(rid))
        if not m or not (LO <= int(m.group(1)) <= HI): errs.append(f"{rid}: id out of range")
        if rid in ids: errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "longform": errs.append(f"{rid}: style")
        t = r["text"]
        nl = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
        if not (2 <= len(nl) <= 15): errs.append(f"{rid}: lines {len(nl)}")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want: errs.append(f"{rid}: label mismatch")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category")
        if r["label"] == "legal" and all(el[k] for k in EKEYS): errs.append(f"{rid}: legal with all 1")
        if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: hn_ category on illegal")
        if r["label"] == "illegal_used_import" and FAMOUS.search(t):
            errs.append(f"{rid}: famous keyword in illegal text: {FAMOUS.search(t).group(0)}")
        if PHONE.search(t): errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)}")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in texts: errs.append(f"{rid}: duplicate text")
        texts.add(norm)
    if len(rows) != HI - LO + 1: errs.append(f"count {len(rows)} != {HI-LO+1}")
    labels = Counter(r["label"] for r in rows)
    share = labels["legal"] / max(1, len(rows))
    if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
    for e in errs: print("ERROR", e)
    if errs:
        print(f"FAILED: {len(errs)} errors"); sys.exit(1)
    print(f"OK: {len(rows)} records, legal {labels['legal']} ({share:.1%}), "
          f"illegal_used_import {labels['illegal_used_import']}, kinds {dict(sorted(Counter(r['kind'] for r in rows).items()))}")

if __name__ == "__main__":
    main()
