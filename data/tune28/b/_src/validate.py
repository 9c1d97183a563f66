"""Check x50b_longform.jsonl against the brief. Prints OK when everything passes."""
import json
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILE = ROOT / "x50b_longform.jsonl"
N = 120
PREFIX = "x50b"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE_ANY = re.compile(r"(?:\+?62|0)8\d[\dx\- ]{4,}", re.I)
PHONE_MASKED = re.compile(r"^(?:\+?62|0)8\d{2}x{4,}$", re.I)

errors = []


def err(msg):
    errors.append(msg)


recs = []
with open(FILE, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad json {e}")

if len(recs) != N:
    err(f"expected {N} records, got {len(recs)}")

expected_ids = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
for i in ids:
    if i not in expected_ids:
        err(f"id out of range: {i}")

seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS:
        err(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != "longform":
        err(f"{rid}: style {r.get('style')}")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", cat or ""):
        err(f"{rid}: category not snake_case: {cat}")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS:
        err(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        err(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != want:
        err(f"{rid}: label {r.get('label')} != derived {want}")
    if want == "legal" and not cat.startswith("hn_"):
        err(f"{rid}: legal record category should start with hn_: {cat}")
    if want != "legal" and cat.startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    t = r.get("text", "")
    if not (150 <= len(t) <= 1500):
        err(f"{rid}: length {len(t)}")
    nonempty = [ln for ln in t.split("\n") if ln.strip()]
    if not (2 <= len(nonempty) <= 15):
        err(f"{rid}: {len(nonempty)} non-empty lines")
    for m in PHONE_ANY.finditer(t):
        tok = re.sub(r"[\s\-]", "", m.group(0)).rstrip()
        if not PHONE_MASKED.match(tok):
            err(f"{rid}: unmasked phone {m.group(0)!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        err(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(len(recs), 1)
if not (0.50 <= share <= 0.60):
    err(f"legal share {share:.3f} outside 50-60%")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print(f"labels: {dict(labels)} legal share {share:.3f}")
print("OK")
