"""Validate x73a_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x73a_oneliners.jsonl")
PREFIX, N = "x73a", 300
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s\-.]{5,}")  # an unmasked mobile number
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids, norm = Counter(), Counter()
valid_ids = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: keys/order {list(r.keys())}")
        continue
    ids[rid] += 1
    if rid not in valid_ids:
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    t = r["text"]
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style {r['style']}")
    if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
        errs.append(f"{rid}: one-liner length/line break ({len(t)})")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category lacks hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    for m in PHONE.findall(t):
        if "x" not in m.lower():
            errs.append(f"{rid}: unmasked phone {m}")
    if re.search(r"08\d{2}x", t) is None and re.search(r"\b08\d{6,}", t):
        errs.append(f"{rid}: unmasked phone")
    norm[re.sub(r"\s+", " ", t.lower()).strip()] += 1
for k, v in ids.items():
    if v > 1:
        errs.append(f"duplicate id {k}")
for k, v in norm.items():
    if v > 1:
        errs.append(f"duplicate text: {k[:60]}")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f} outside 50-60%")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"records={len(recs)} legal={legal} ({share:.1%})")
print("OK")
