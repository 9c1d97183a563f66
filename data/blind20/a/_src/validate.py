"""Validate x34a_oneliners.jsonl; prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x34a_oneliners.jsonl")
N = 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N: errs.append(f"count {len(recs)} != {N}")
valid_ids = {f"x34a{i:04d}" for i in range(1, N + 1)}
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style")
    t = r["text"]
    if not (1 <= len(t) <= 160): errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_") and False: pass
    # unmasked phone numbers: 08/+62/62 followed by 7+ digits (allowing separators)
    if re.search(r"(?:\+?62|\b0)8[\d\s.-]{7,}", t): errs.append(f"{rid}: unmasked phone")
    for m in re.finditer(r"(?:\+?62|\b0)8\w*", t):
        if not re.fullmatch(r"(?:\+?62|0)8\d{2}x{4}", m.group(0)): errs.append(f"{rid}: phone not masked as 08NNxxxx: {m.group(0)}")
norm = Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in recs)
for t, c in norm.items():
    if c > 1: errs.append(f"duplicate text: {t[:60]}")
legal = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not (0.70 <= legal <= 0.80): errs.append(f"legal share {legal:.3f}")
# illegal categories must not start with hn_, legal hn_ categories must be legal
for r in recs:
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
        errs.append(f"{r['id']}: hn_ category but illegal")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK  {len(recs)} records, legal share {legal:.3f}")
