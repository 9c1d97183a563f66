"""Validate x68d_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x68d_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
ID_RE = re.compile(r"^x68d-(\d{4})$")
PHONE_RE = re.compile(r"(?:\+?62|\b0)[\s.-]?8\d(?:[\s.-]?\d){6,}")
CAT_RE = re.compile(r"^[a-z][a-z0-9_]*$")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 300:
    errs.append(f"expected 300 records, got {len(recs)}")
ids, seen = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    m = ID_RE.match(rid or "")
    if not m or not 1 <= int(m.group(1)) <= 300: errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind {r['kind']}")
    t = r["text"]
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    if len(t) > 160 or len(t.strip()) == 0: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not CAT_RE.match(r["category"]): errs.append(f"{rid}: category not snake_case")
    if want == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
    if want != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal category with hn_")
    if PHONE_RE.search(t): errs.append(f"{rid}: unmasked phone")
    for ph in re.findall(r"08\d{2}\S*", t):
        if not re.match(r"08\d{2}x{4}", ph): errs.append(f"{rid}: phone not masked like 0812xxxx: {ph}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
if ids != {f"x68d-{i:04d}" for i in range(1, 301)}: errs.append("ids do not cover x68d-0001..x68d-0300")
share = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not 0.70 <= share <= 0.80: errs.append(f"legal share {share:.3f} outside 70-80%")
if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"records={len(recs)} legal_share={share:.3f}")
print("labels", dict(Counter(r['label'] for r in recs)))
print("OK")
