"""Validate x62a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x62a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 300: errs.append(f"count {len(recs)} != 300")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
expected = {f"x62a-{i:04d}" for i in range(1, 301)}
if set(ids) - expected: errs.append(f"ids out of range: {sorted(set(ids)-expected)[:5]}")
seen = {}
phone = re.compile(r"(?:\+?62|0)8\d{2}[\d\- ]*")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    for k, v in r["elements"].items():
        if v not in (0, 1): errs.append(f"{rid}: element {k}={v}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    for m in re.finditer(r"\d[\d\-\s]{8,}\d", t):
        if re.sub(r"\D", "", m.group())[:2] in ("08", "62"):
            errs.append(f"{rid}: unmasked phone {m.group()}")
    for m in re.finditer(r"\b08\d{2}(\S*)", t):
        if not m.group(1).startswith("x"): errs.append(f"{rid}: phone not masked {m.group()}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / len(recs)
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
if labels["legal"] != 165 or labels["illegal_used_import"] != 135: errs.append(f"label counts {dict(labels)}")
for r in recs:
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and r["category"] != "ordinary_clothing":
        errs.append(f"{r['id']}: legal category without hn_ prefix {r['category']}")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{r['id']}: illegal record with hn_ category")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK", dict(labels), f"legal share {share:.3f}")
