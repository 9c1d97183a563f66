"""Validate x14a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x14a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)\s?8\d[\d\s-]{5,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, seen = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    m = re.fullmatch(r"x14a-(\d{4})", rid or "")
    if not m or not 1 <= int(m.group(1)) <= 300: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label")
    cat = r["category"]
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", cat): errs.append(f"{rid}: category {cat}")
    if r["label"] == "illegal_used_import" and cat.startswith("hn_"): errs.append(f"{rid}: hn_ on illegal")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text")
    seen.add(norm)
n = len(recs)
if n == 0 or n > 300: errs.append(f"record count {n}")
legal = sum(r["label"] == "legal" for r in recs)
if n and not 0.50 <= legal / n <= 0.60: errs.append(f"legal share {legal}/{n}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("records", n, "legal", legal, Counter(r["label"] for r in recs))
print("OK")
