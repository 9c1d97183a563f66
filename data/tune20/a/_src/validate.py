"""Validate x37a_oneliners.jsonl."""
import json, re, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x37a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {f"x37a{n:04d}" for n in range(1, 301)}
PHONE = re.compile(r"(\+?62|0)8\d{6,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, seen = set(), set()
for r in recs:
    i = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{i}: key order {list(r.keys())}")
    if i in ids: errs.append(f"{i}: duplicate id")
    if i not in VALID_IDS: errs.append(f"{i}: id out of range")
    ids.add(i)
    if r["kind"] not in KINDS: errs.append(f"{i}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{i}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{i}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{i}: line break")
    if PHONE.search(t): errs.append(f"{i}: unmasked phone")
    e = r["elements"]
    if list(e.keys()) != EKEYS: errs.append(f"{i}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in e.values()): errs.append(f"{i}: element values")
    want = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{i}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{i}: category {r['category']}")
    if (r["label"] == "illegal_used_import") == r["category"].startswith("hn_"):
        errs.append(f"{i}: category prefix does not match label")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{i}: duplicate text")
    seen.add(norm)
if len(recs) != 300: errs.append(f"count {len(recs)} != 300")
legal = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not 0.70 <= legal <= 0.80: errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(recs)} records, legal share {legal:.3f}")
print("labels", Counter(r["label"] for r in recs))
print("kinds", Counter(r["kind"] for r in recs))
