"""Validate x42a_oneliners.jsonl; prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x42a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(\+?62|\b0)8\d[\d\- ]{5,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 250:
    errs.append(f"expected 250 records, got {len(recs)}")
ids, seen = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    m = re.fullmatch(r"x42a(\d{4})", rid or "")
    if not m or not 1 <= int(m.group(1)) <= 250: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone")
    for p in re.findall(r"08\d\d\S*", t):
        if not p.startswith(("0812xxxx", "0813xxxx")) and "xxxx" not in p:
            errs.append(f"{rid}: suspicious number {p}")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category w/o hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(len(recs), 1)
if not 0.65 <= share <= 0.75: errs.append(f"legal share {share:.3f}")
print(dict(labels), f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
