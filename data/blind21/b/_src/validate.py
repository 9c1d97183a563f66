"""Validate x38b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x38b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
IDS = {f"x38b{i:04d}" for i in range(1, 151)}
PHONE = re.compile(r"(?:\+?62|0)8\d{4,}")   # unmasked phone: 08 / 62 8 followed by many digits
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
seen_ids, seen_txt = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in IDS: errs.append(f"{rid}: id out of range")
    if rid in seen_ids: errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind")
    if r["style"] != "longform": errs.append(f"{rid}: style not longform")
    t = r["text"]
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15): errs.append(f"{rid}: {len(lines)} lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid}: category not snake_case")
    if (r["label"] == "legal") != r["category"].startswith("hn_"):
        errs.append(f"{rid}: hn_ prefix must mark exactly the legal records")
    if PHONE.search(t.replace(" ", "").replace("-", "")): errs.append(f"{rid}: unmasked phone")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append(f"{rid}: duplicate text")
    seen_txt.add(norm)
if seen_ids != IDS: errs.append(f"missing ids: {len(IDS - seen_ids)}")
share = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not (0.70 <= share <= 0.80): errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("labels", dict(Counter(r["label"] for r in recs)))
print("kinds", dict(Counter(r["kind"] for r in recs)))
print(f"legal share {share:.3f}")
print("OK")
