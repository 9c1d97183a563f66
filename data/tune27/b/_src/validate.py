"""Check x49b_longform.jsonl against the brief's rules. Prints OK when all pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x49b_longform.jsonl")
PREFIX, N, STYLE = "x49b", 150, "longform"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# unmasked phone: 08 / 628 / +62 8 followed by 7+ digits (spaces/dashes allowed)
PHONE = re.compile(r"(?:\+?62|0)\s?8[\d\s\-]{7,}\d")

errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")

if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
for i in ids:
    if i not in want:
        errs.append(f"id out of range: {i}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS:
        errs.append(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != STYLE:
        errs.append(f"{rid}: bad style")
    t = r.get("text", "")
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} non-empty lines")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS:
        errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(el.get(k) not in (0, 1) or isinstance(el.get(k), bool) for k in EKEYS):
        errs.append(f"{rid}: element values {el}")
    lab = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != lab:
        errs.append(f"{rid}: label {r.get('label')} != derived {lab}")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: category not snake_case {cat}")
    if lab == "illegal_used_import" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if lab == "legal" and not cat.startswith("hn_"):
        errs.append(f"{rid}: legal record without hn_ prefix {cat}")
    m = PHONE.search(t)
    if m:
        errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labs = Counter(r.get("label") for r in recs)
share = labs["legal"] / max(1, len(recs))
if not (0.70 <= share <= 0.80):
    errs.append(f"legal share {share:.3f} outside 70-80%")

if errs:
    print("\n".join(errs))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print(dict(labs), f"legal share {share:.3f}")
print("OK")
