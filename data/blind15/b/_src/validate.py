"""Validate x22b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x22b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 150
FAMOUS = re.compile(r"bekas|second|seken|thrift|preloved|\bbal\b|balpres|ballpress|karungan|impor|import|bundle|cakar|monza|awul|hidden gem|bongkar bal", re.I)
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\- ]{5,}")

def main():
    errs = []
    seen_ids, seen_txt = set(), set()
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS:
            errs.append(f"{rid}: element keys")
        m = re.fullmatch(r"x22b(\d{4})", rid)
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range")
        if rid in seen_ids:
            errs.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "longform":
            errs.append(f"{rid}: style")
        t = r["text"]
        lines = [x for x in t.split("\n") if x.strip()]
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: length {len(t)}")
        if not (2 <= len(lines) <= 15):
            errs.append(f"{rid}: lines {len(lines)}")
        for k, v in r["elements"].items():
            if v not in (0, 1):
                errs.append(f"{rid}: element {k}={v}")
        want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label mismatch")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal category without hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal with hn_ category")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)}")
        if r["label"] == "illegal_used_import" and FAMOUS.search(t):
            errs.append(f"{rid}: illegal record uses famous word '{FAMOUS.search(t).group(0)}'")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen_txt:
            errs.append(f"{rid}: duplicate text")
        seen_txt.add(norm)
    n = len(recs)
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAIL ({len(errs)} problems)")
        sys.exit(1)
    print(f"records={n} legal={legal} ({share:.1%})")
    print("labels", dict(Counter(r["label"] for r in recs)))
    print("kinds", dict(Counter(r["kind"] for r in recs)))
    print("OK")

if __name__ == "__main__":
    main()
