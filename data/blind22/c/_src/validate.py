"""Validate x40c_oneliners.jsonl. Prints OK when every check passes."""
import json, re, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x40c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 250
errors = []

raw = open(PATH, "rb").read()
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    errors.append(f"not utf-8: {e}")
lines = raw.decode("utf-8", "replace").splitlines()
recs = []
for ln, line in enumerate(lines, 1):
    try:
        recs.append(json.loads(line))
    except Exception as e:
        errors.append(f"line {ln}: bad json {e}")

if len(recs) != N:
    errors.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
want = {f"x40c{i:04d}" for i in range(1, N + 1)}
if set(ids) - want:
    errors.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
phone = re.compile(r"(\+?62|0)8\d[\d\s.-]{5,}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS:
        errors.append(f"{rid}: kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        errors.append(f"{rid}: style {r.get('style')}")
    t = r.get("text", "")
    if not t or len(t) > 160:
        errors.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t or "\u2028" in t or "\u2029" in t:
        errors.append(f"{rid}: line break")
    if t != t.strip():
        errors.append(f"{rid}: leading/trailing space")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errors.append(f"{rid}: elements {el}")
    lab = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != lab:
        errors.append(f"{rid}: label mismatch")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errors.append(f"{rid}: category {cat}")
    if (lab == "legal") != cat.startswith("hn_"):
        errors.append(f"{rid}: hn_ prefix vs label ({cat}, {lab})")
    if phone.search(t):
        errors.append(f"{rid}: unmasked phone: {t}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errors.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labels = collections.Counter(r.get("label") for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.45 <= share <= 0.55:
    errors.append(f"legal share {share:.3f}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"labels: {dict(labels)} legal share {share:.3f}")
print("OK")
