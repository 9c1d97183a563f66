"""Validate x35a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x35a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 350
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
want_ids = {f"x35a{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i in ids:
    if i not in want_ids:
        errs.append(f"id out of range: {i}")
seen = {}
phone_bad = re.compile(r"(?:\+62|\b0)8\d{1,2}(?!\d{0,2}x{4})[\d\- ]{3,}")
long_digits = re.compile(r"\d{7,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style must be oneliner")
    t = r["text"]
    if not t.strip() or len(t) > 160:
        errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break in one-liner")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: category not snake_case")
    if want == "illegal_used_import" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record in hn_ category")
    if want == "legal" and not cat.startswith("hn_"):
        errs.append(f"{rid}: legal record without hn_ prefix")
    if phone_bad.search(t) or long_digits.search(t):
        errs.append(f"{rid}: unmasked phone-like number: {t}")
    for m in re.finditer(r"08\d\dx*", t):
        if not m.group().endswith("xxxx"):
            errs.append(f"{rid}: phone not masked as 08..xxxx")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.70 <= share <= 0.80:
    errs.append(f"legal share {share:.3f} outside 0.70-0.80")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"OK: {len(recs)} records, legal share {share:.3f}")
