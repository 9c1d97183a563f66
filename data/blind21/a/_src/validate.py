"""Validate x38a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x38a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
IDS = {f"x38a{i:04d}" for i in range(1, 251)}
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s-]{5,}")
errs = []
seen_ids, seen_txt = set(), set()
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in IDS: errs.append(f"{rid}: id out of range")
    if rid in seen_ids: errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and el["offer"] == 0 and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal non-offer record without hn_ category")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    for m in re.finditer(r"08\d{2}x+", t): pass
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append(f"{rid}: duplicate text")
    seen_txt.add(norm)
if len(recs) != len(seen_ids): errs.append("count mismatch")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not 0.70 <= share <= 0.80: errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print(f"{len(recs)} records, legal share {share:.3f}")
print("labels", dict(Counter(r['label'] for r in recs)))
print("kinds", dict(Counter(r['kind'] for r in recs)))
print("OK")
