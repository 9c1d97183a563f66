"""Validate x11a_oneliners.jsonl against the brief's rules. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x11a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(\+?62|\b0)8\d[\d\s\-]{5,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, seen = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x11a-(\d{4})", rid or "")
    if not m or not 1 <= int(m.group(1)) <= 400: errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style")
    t = r["text"]
    if len(t) > 160: errs.append(f"{rid}: too long ({len(t)})")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    if not t.strip(): errs.append(f"{rid}: empty")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category name")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category without hn_ prefix")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
n = len(recs)
legal = sum(r["label"] == "legal" for r in recs)
share = legal / n if n else 0
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f}")
for e in errs: print("ERR", e)
print(f"records={n} legal={legal} ({share:.1%})", Counter(r["kind"] for r in recs))
print("OK" if not errs else f"FAILED ({len(errs)} errors)")
sys.exit(1 if errs else 0)
