"""Validate x58a_oneliners.jsonl. Prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x58a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N, LEGAL_TARGET = 300, 165
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N: errs.append(f"count {len(recs)} != {N}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
valid_ids = {f"x58a-{i:04d}" for i in range(1, N + 1)}
seen = {}
phone_re = re.compile(r"(?:\+62|62|0)8[\d\s\-]{7,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    if phone_re.search(t): errs.append(f"{rid}: unmasked phone-like number")
    for m in re.finditer(r"08\d\d\S*", t):
        if not re.fullmatch(r"08\d\dx+", m.group(0).rstrip(".,;:!?)")): errs.append(f"{rid}: phone not masked: {m.group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / max(len(recs), 1)
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f} outside 50-60%")
if lab["legal"] != LEGAL_TARGET: errs.append(f"legal count {lab['legal']} != {LEGAL_TARGET}")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(recs)} labels={dict(lab)} legal_share={share:.3f}")
print("OK")
