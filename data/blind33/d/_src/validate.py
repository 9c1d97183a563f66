"""Validate x64d_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x64d_oneliners.jsonl")
N = 300
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"legal", "illegal_used_import"}
# an unmasked phone: 08/628/+628 followed by 7+ digits (spaces, dots, dashes allowed)
PHONE = re.compile(r"(?:\+?62|\b0)8(?:[\s.\-]?\d){7,}")

errs = []
recs = []
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")

if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"x64d-{i:04d}" for i in range(1, N + 1)}:
    errs.append("ids not exactly x64d-0001..x64d-0300")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
        continue
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errs.append(f"{rid}: empty text")
        continue
    if len(t) > 160:
        errs.append(f"{rid}: {len(t)} chars > 160")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break in one-liner")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errs.append(f"{rid}: elements {el}")
        continue
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: category not snake_case {cat}")
    if want == "illegal_used_import" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone in {t!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.70 <= share <= 0.80:
    errs.append(f"legal share {share:.3f} outside 0.70-0.80")

if errs:
    print("\n".join(errs))
    print(f"FAIL ({len(errs)} problems)")
    sys.exit(1)
print(f"labels {dict(labels)} legal share {share:.3f}")
print("OK")
