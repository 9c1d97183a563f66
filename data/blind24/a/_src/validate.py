"""Validate x45a_oneliners.jsonl against the brief."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x45a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 250
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
expected_ids = {f"x45a{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if set(ids) - expected_ids: errs.append(f"ids out of range: {sorted(set(ids) - expected_ids)[:5]}")
seen = {}
phone = re.compile(r"(\+62|\b0)8\d[\d\- ]{5,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    e = r["elements"]
    if list(e.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in e.values()): errs.append(f"{rid}: element values")
    lab = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid}: category")
    if lab == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category w/o hn_")
    if lab != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    if phone.search(t): errs.append(f"{rid}: unmasked phone")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f}")
print("labels", dict(collections.Counter(r["label"] for r in recs)), f"legal share {share:.3f}")
print("kinds", dict(collections.Counter(r["kind"] for r in recs)))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
