"""Validate x55a_oneliners.jsonl against the brief. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x55a_oneliners.jsonl")
N, PREFIX = 300, "x55a"
EXPECT = {"legal": 165, "illegal_used_import": 135}
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (checked on word boundaries)
FAMOUS = re.compile(r"\b(bekas|second|seken|2nd|thrift\w*|pre-?loved|bal|ball ?press|balpres|karungan|"
                    r"impor|import|bundle|bundel|cakar|monza|monja|awul-awul|hidden gems?|bongkar bal)\b", re.I)
PHONE = re.compile(r"(\+?62|\b0)8\d[\d\s\-]{6,}|\d{9,}")

errors = []
def err(msg):
    errors.append(msg)

recs = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"line {ln}: bad json {e}")

if len(recs) != N:
    err(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
valid_ids = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
seen_text = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids:
        err(f"{rid}: id out of range")
    if r.get("kind") not in KINDS:
        err(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        err(f"{rid}: style must be oneliner")
    t = r.get("text", "")
    if not t or len(t) > 160:
        err(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t:
        err(f"{rid}: line break in one-liner")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        err(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != want:
        err(f"{rid}: label {r.get('label')} != derived {want}")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat or ""):
        err(f"{rid}: category not snake_case")
    if r.get("label") == "legal" and not cat.startswith("hn_"):
        err(f"{rid}: legal category should start with hn_")
    if r.get("label") == "illegal_used_import" and cat.startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        err(f"{rid}: unmasked phone-like number: {t}")
    if r.get("label") == "illegal_used_import":
        m = FAMOUS.search(t)
        if m:
            err(f"{rid}: illegal record uses famous word '{m.group(0)}'")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_text:
        err(f"{rid}: duplicate text of {seen_text[norm]}")
    seen_text[norm] = rid

labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(len(recs), 1)
if not 0.50 <= share <= 0.60:
    err(f"legal share {share:.3f} outside 50-60%")
for k, v in EXPECT.items():
    if labels[k] != v:
        err(f"expected {v} {k}, got {labels[k]}")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"labels: {dict(labels)}  legal share: {share:.3f}")
print("kinds:", dict(Counter(r['kind'] for r in recs)))
print("OK")
