"""Validate x54a_oneliners.jsonl against the brief's record rules. Prints OK when clean."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x54a_oneliners.jsonl")
PREFIX, N = "x54a", 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL_KEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s.-]{5,}\d")  # an unmasked Indonesian mobile number
MASKED = re.compile(r"08\d{2}x{4}")

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

ids = [r.get("id") for r in recs]
if len(recs) != N:
    err(f"expected {N} records, got {len(recs)}")
if len(set(ids)) != len(ids):
    err("duplicate ids")
if sorted(ids) != [f"{PREFIX}-{i:04d}" for i in range(1, N + 1)]:
    err("ids not exactly the range x54a-0001..0300")

seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS:
        err(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        err(f"{rid}: style {r.get('style')}")
    t = r.get("text", "")
    if not t.strip():
        err(f"{rid}: empty text")
    if len(t) > 160:
        err(f"{rid}: {len(t)} chars > 160")
    if "\n" in t or "\r" in t:
        err(f"{rid}: line break in one-liner")
    el = r.get("elements", {})
    if list(el.keys()) != EL_KEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        err(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in EL_KEYS) else "legal"
    if r.get("label") != want:
        err(f"{rid}: label {r.get('label')} but elements say {want}")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        err(f"{rid}: category not snake_case: {cat}")
    if r.get("label") == "illegal_used_import" and cat.startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    stripped = MASKED.sub("", t)
    if PHONE.search(stripped):
        err(f"{rid}: unmasked phone number")
    if re.search(r"\d{9,}", t):
        err(f"{rid}: long digit run (possible phone/id)")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        err(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labels = Counter(r.get("label") for r in recs)
if recs:
    share = labels["legal"] / len(recs)
    if not 0.50 <= share <= 0.60:
        err(f"legal share {share:.3f} outside 50-60%")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"records={len(recs)} labels={dict(labels)} kinds={dict(Counter(r['kind'] for r in recs))}")
print("OK")
