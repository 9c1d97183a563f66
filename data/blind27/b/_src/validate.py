"""Validate x53b_longform.jsonl against the brief (style longform, ids x53b-0001..0150)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x53b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 150
LEGAL_MIN, LEGAL_MAX = 0.52, 0.60
# an unmasked phone: 08 / +62 / 62 followed by 7+ digits (spaces or dashes allowed)
PHONE = re.compile(r"(?:\+?62|\b0)8[\d\s\-]{7,}\d")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x53b-{i:04d}" for i in range(1, N + 1)}
if set(ids) - want:
    errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    lines = [x for x in t.split("\n") if x.strip()]
    if not (2 <= len(lines) <= 15):
        errs.append(f"{rid}: {len(lines)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or type(v) is not int for v in el.values()):
        errs.append(f"{rid}: elements {el}")
    exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp:
        errs.append(f"{rid}: label {r['label']} != {exp}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and el != {k: 1 for k in EKEYS} and False:
        pass
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    for m in re.finditer(r"\b08\d{2}\S*", t):
        if not re.fullmatch(r"08\d{2}x{4}\W*", m.group()):
            errs.append(f"{rid}: phone not masked as 08..xxxx: {m.group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (LEGAL_MIN <= share <= LEGAL_MAX):
    errs.append(f"legal share {share:.3f} outside {LEGAL_MIN}-{LEGAL_MAX}")
# hard negatives should be legal and start with hn_
for r in recs:
    if r["category"].startswith("hn_") and r["label"] != "legal":
        errs.append(f"{r['id']}: hn_ category but illegal")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{r['id']}: legal record without hn_ prefix")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK {len(recs)} records, legal {legal} ({share:.1%})")
