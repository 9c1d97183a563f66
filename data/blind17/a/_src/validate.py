"""Validate x27a_oneliners.jsonl against the brief. Prints OK or the problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x27a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 300
PHONE = re.compile(r"(?:\+?62|\b0)\s?8\d[\d\s.\-]{6,}")
# famous words that illegal records must avoid (the keyword-filter list of the brief)
FAMOUS = re.compile(r"bekas|second|seken|thrift|preloved|pre-loved|\bbal\b|ballpress|balpres|karungan|impor|import|bundle|cakar|monza|awul|hidden gem|bongkar bal", re.I)


def main():
    errs, warns = [], []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, seen = set(), {}
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS:
            errs.append(f"{rid}: element keys")
        m = re.fullmatch(r"x27a(\d{4})", rid)
        if not m or not LO <= int(m.group(1)) <= HI:
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style")
        t = r["text"]
        if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
            errs.append(f"{rid}: length {len(t)} or line break")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category")
        el = r["elements"]
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: element not 0/1")
        want = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if r["label"] == "legal" and not r["category"].startswith("hn_") and sum(el.values()) >= 3:
            warns.append(f"{rid}: legal near-miss without hn_ prefix")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        for ph in PHONE.findall(t):
            errs.append(f"{rid}: unmasked phone {ph!r}")
        if r["label"] == "illegal_used_import" and FAMOUS.search(t):
            errs.append(f"{rid}: illegal record uses famous word {FAMOUS.search(t).group(0)!r}")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen:
            errs.append(f"{rid}: duplicate text of {seen[norm]}")
        seen[norm] = rid
    n = len(rows)
    labels = Counter(r["label"] for r in rows)
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    for w in warns:
        print("WARN", w)
    if errs:
        for e in errs:
            print("ERR", e)
        print(f"FAILED: {len(errs)} problems in {n} records")
        sys.exit(1)
    print(f"OK: {n} records, {labels['illegal_used_import']} illegal_used_import, {labels['legal']} legal ({share:.1%}), kinds {dict(sorted(Counter(r['kind'] for r in rows).items()))}")


if __name__ == "__main__":
    main()
