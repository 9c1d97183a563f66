"""Validate x40a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x40a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
N = 250
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x40a{i:04d}" for i in range(1, N + 1)}
if set(ids) - want:
    errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errs.append(f"{rid}: empty text")
    if len(t) > 160:
        errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != ELS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements {el}")
    lab = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and r["category"] in ("plain_offer",):
        pass
    # phone numbers: any run of 8+ digits (ignoring separators) must not appear
    if re.search(r"(\+?62|0)8\d[\d\s.-]{6,}", t):
        errs.append(f"{rid}: unmasked phone")
    for m in re.finditer(r"08\d{2}\S*", t):
        if not re.fullmatch(r"08\d{2}x+[^\w]*", m.group(0)):
            errs.append(f"{rid}: phone not masked {m.group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
labs = Counter(r["label"] for r in recs)
share = labs["legal"] / len(recs)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(dict(labs), f"legal share {share:.3f}")
print("OK")
