"""Validate x30a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x30a_oneliners.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
EKEYS = ["offer","used","clothing","abroad"]
# famous words that illegal records must avoid
FAMOUS = re.compile(r"bekas|second|seken|thrift|preloved|\bbal\b|ball ?press|balpres|karungan|impor|import|bundle|cakar|monza|monja|awul|hidden gem|bongkar bal", re.I)
err = []
recs = [json.loads(l) for l in open(P, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(ids) != len(set(ids)): err.append("duplicate ids")
want = {f"x30a{i:04d}" for i in range(1, 301)}
if set(ids) - want: err.append(f"ids out of range: {sorted(set(ids)-want)[:5]}")
seen = {}
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS: err.append(f"{i}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: err.append(f"{i}: element keys")
    t = r["text"]
    if r["style"] != "oneliner": err.append(f"{i}: style")
    if len(t) > 160: err.append(f"{i}: too long {len(t)}")
    if "\n" in t or "\r" in t: err.append(f"{i}: line break")
    if not t.strip(): err.append(f"{i}: empty")
    if r["kind"] not in KINDS: err.append(f"{i}: kind {r['kind']}")
    if any(v not in (0, 1) for v in r["elements"].values()): err.append(f"{i}: element not 0/1")
    lab = "illegal_used_import" if all(r["elements"].values()) else "legal"
    if r["label"] != lab: err.append(f"{i}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err.append(f"{i}: category {r['category']}")
    if lab == "legal" and all(r["elements"].values()): err.append(f"{i}: legal with all ones")
    if lab == "illegal_used_import" and r["category"].startswith("hn_"): err.append(f"{i}: hn_ category on illegal")
    if lab == "legal" and not r["category"].startswith("hn_"): err.append(f"{i}: legal without hn_")
    # phones: any run of 7+ digits (ignoring spaces/dashes) starting 0/62 is unmasked
    if re.search(r"(?:\+?62|0)8\d[\d\- ]{5,}", t): err.append(f"{i}: unmasked phone")
    if lab == "illegal_used_import" and FAMOUS.search(t): err.append(f"{i}: famous word in illegal: {FAMOUS.search(t).group()}")
    k = re.sub(r"\s+", " ", t.lower()).strip()
    if k in seen: err.append(f"{i}: duplicate text of {seen[k]}")
    seen[k] = i
n = len(recs)
legal = sum(r["label"] == "legal" for r in recs)
share = legal / n if n else 0
if not 0.50 <= share <= 0.60: err.append(f"legal share {share:.3f}")
if err:
    print("\n".join(err)); print(f"{len(err)} problems"); sys.exit(1)
print(f"n={n} legal={legal} ({share:.1%})")
print("OK")
