"""Validate x43b_longform.jsonl against the brief; prints OK or the problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x43b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(\+?62[\s-]?|\b0)8\d{2}[\s-]?\d{3,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 120:
    errs.append(f"count {len(recs)} != 120")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if sorted(ids) != [f"x43b{i:04d}" for i in range(1, len(recs) + 1)]:
    errs.append("ids not x43b0001..")
seen = {}
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{rid} key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid} element keys")
    if r["kind"] not in KINDS: errs.append(f"{rid} kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid} style")
    t = r["text"]
    if not 150 <= len(t) <= 1500: errs.append(f"{rid} length {len(t)}")
    nl = len([l for l in t.split("\n") if l.strip()])
    if not 2 <= nl <= 15: errs.append(f"{rid} lines {nl}")
    for k, v in r["elements"].items():
        if v not in (0, 1): errs.append(f"{rid} element {k}={v}")
    exp = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp: errs.append(f"{rid} label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid} category")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid} legal cat w/o hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid} illegal cat with hn_")
    if PHONE.search(t): errs.append(f"{rid} unmasked phone {PHONE.search(t).group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid} duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not 0.65 <= legal <= 0.75: errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(Counter(r["label"] for r in recs), f"legal share {legal:.3f}")
print("OK")
