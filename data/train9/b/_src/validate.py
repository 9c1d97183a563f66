"""Validate x35b_longform.jsonl against the brief and the parent's instructions."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x35b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
ALLOWED_KINDS = {"post", "comment", "article", "review", "message", "live", "profile"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 150:
    errs.append(f"expected 150 records, got {len(recs)}")
expected_ids = {f"x35b{i:04d}" for i in range(1, 151)}
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if set(ids) - expected_ids: errs.append(f"ids out of range: {sorted(set(ids)-expected_ids)[:5]}")
seen = {}
phone_bad = re.compile(r"(\+?62|0)8\d{2}[\s-]?\d{3,}")
long_digits = re.compile(r"\d{7,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if r["kind"] not in KINDS or r["kind"] not in ALLOWED_KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid}: style")
    t = r["text"]
    if not 150 <= len(t) <= 1500: errs.append(f"{rid}: length {len(t)}")
    nl = [x for x in t.split("\n") if x.strip()]
    if not 2 <= len(nl) <= 15: errs.append(f"{rid}: lines {len(nl)}")
    for k, v in r["elements"].items():
        if v not in (0, 1) or isinstance(v, bool): errs.append(f"{rid}: element {k}={v}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_") and r["category"] != "plain_offer":
        pass
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    if phone_bad.search(t) or long_digits.search(t): errs.append(f"{rid}: unmasked phone/long number")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.70 <= share <= 0.80: errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("labels", Counter(r["label"] for r in recs))
print("kinds", Counter(r["kind"] for r in recs))
print(f"legal share {share:.3f}")
print("OK")
