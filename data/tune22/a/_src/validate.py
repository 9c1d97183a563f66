"""Validate x41a_oneliners.jsonl. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x41a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 250
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
valid_ids = {f"x41a{i:04d}" for i in range(1, N + 1)}
seen_text = {}
phone = re.compile(r"(\+62|\b62|\b0)8\d")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: keys/order {list(r.keys())}")
        continue
    if rid not in valid_ids:
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style must be oneliner")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errs.append(f"{rid}: empty text")
        continue
    if len(t) > 160:
        errs.append(f"{rid}: {len(t)} chars > 160")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break in oneliner")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
        continue
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record has hn_ category")
    # phone numbers: any run of 0812... must be masked with x
    for m in re.finditer(r"(?:\+?62|0)8[0-9x]{2,}[0-9x\- ]*", t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) > 5:
            errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_text:
        errs.append(f"{rid}: duplicate text of {seen_text[norm]}")
    seen_text[norm] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f} outside 50-60%")
print("labels:", dict(labels), f"legal share {share:.3f}")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
