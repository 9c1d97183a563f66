"""Validate x19b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x19b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYORDER = ["id", "kind", "text", "label", "category", "style", "elements"]
ELKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 150

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norms = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYORDER:
        errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x19b(\d{4})", rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI):
        errs.append(f"{rid}: id out of range")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    lines = [x for x in t.split("\n") if x.strip()]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} lines")
    el = r["elements"]
    if list(el.keys()) != ELKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in ELKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_") and r["category"] != "ordinary":
        pass  # ordinary legal records may use any name
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    for ph in re.findall(r"(?:\+62|\b0)8\d[\dx\- ]{5,}", t):
        if not re.fullmatch(r"08\d{2}x+", ph.strip()):
            errs.append(f"{rid}: unmasked phone {ph!r}")
    if re.search(r"\d{9,}", t):
        errs.append(f"{rid}: long digit run")
    n = re.sub(r"\s+", " ", t.lower()).strip()
    if n in norms:
        errs.append(f"{rid}: duplicate text")
    norms.add(n)

if len(recs) != HI - LO + 1:
    errs.append(f"count {len(recs)} != {HI - LO + 1}")
share = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f}")

if errs:
    print("\n".join(errs)); print(f"{len(errs)} errors"); sys.exit(1)
print(f"legal share {share:.3f}")
print(Counter(r["label"] for r in recs))
print(Counter(r["kind"] for r in recs))
print("OK")
