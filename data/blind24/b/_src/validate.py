"""Validate x45b_longform.jsonl."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x45b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
expected = {f"x45b{i:04d}" for i in range(1, 121)}
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if set(ids) - expected: errs.append(f"ids out of range: {sorted(set(ids)-expected)}")
if len(rows) != 120: errs.append(f"expected 120 records, got {len(rows)}")
seen = {}
phone = re.compile(r"(?:\+62|\b0)8\d{2}[\d\- ]{4,}")
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    n = len([l for l in t.split("\n") if l.strip()])
    if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
    if not (2 <= n <= 15): errs.append(f"{rid}: lines {n}")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    lab = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if lab == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal w/o hn_")
    if lab != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_")
    if phone.search(t): errs.append(f"{rid}: unmasked phone {phone.search(t).group()}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in rows)
share = legal / len(rows) if rows else 0
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(rows)} records, legal {legal} ({share:.1%}), illegal {len(rows)-legal}")
