"""Validate x54b_longform.jsonl against the brief. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x54b_longform.jsonl")
N = 150
EXPECT_LEGAL = 84
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
errs = []

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
valid_ids = {f"x54b-{i:04d}" for i in range(1, N + 1)}
for i in ids:
    if i not in valid_ids:
        errs.append(f"id out of range: {i}")

seen = {}
phone = re.compile(r"(?:\+?62|0)8\d{2}[\s.-]?\d")   # any unmasked digit after the 4-digit prefix
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    for m in re.finditer(r"\b0\d{3}[x\d][\dx\s.-]*", t):
        s = m.group(0).strip().rstrip(".-")
        if not re.fullmatch(r"0\d{3}xxxx", s.strip()):
            errs.append(f"{rid}: unmasked phone-like string {s!r}")
    if phone.search(t):
        errs.append(f"{rid}: phone pattern {phone.search(t).group(0)!r}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid

labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")
if labels["legal"] != EXPECT_LEGAL:
    errs.append(f"legal count {labels['legal']} != {EXPECT_LEGAL}")

if errs:
    print("FAIL")
    for e in errs:
        print(" -", e)
    sys.exit(1)
print(f"records={len(recs)} labels={dict(labels)} legal_share={share:.3f}")
print("OK")
