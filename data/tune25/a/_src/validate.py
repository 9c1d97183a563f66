"""Validate x46a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x46a_oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
ALLOWED_KINDS = {"live", "comment", "message", "post"}
EXPECTED_IDS = {f"x46a{i:04d}" for i in range(1, 251)}
PHONE = re.compile(r"(?:\+62|62|0)8\d[\d\s\-.]{5,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = [r.get("id") for r in recs]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if set(ids) != EXPECTED_IDS: errs.append(f"ids not exactly x46a0001..x46a0250 (n={len(ids)})")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if r["kind"] not in KINDS or r["kind"] not in ALLOWED_KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): errs.append(f"{rid}: empty text")
    if len(t) > 160: errs.append(f"{rid}: too long {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and r["elements"]["offer"] + r["elements"]["used"] + r["elements"]["clothing"] + r["elements"]["abroad"] == 4:
        errs.append(f"{rid}: inconsistent")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone")
    if re.search(r"08\d\dx", t) is None and re.search(r"\b08\d{2}", t): errs.append(f"{rid}: phone-like digits")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / len(recs) if recs else 0
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f}")
print("labels:", dict(lab), f"legal share {share:.3f}")
print("kinds:", dict(Counter(r["kind"] for r in recs)))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
