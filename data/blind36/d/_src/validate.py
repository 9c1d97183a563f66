"""Validate x69d_oneliners.jsonl against the brief. Prints OK when everything passes."""
import json
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILE = ROOT / "x69d_oneliners.jsonl"
PREFIX, LO, HI = "x69d", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)8\d{1,2}[\dxX\-\s]{4,}")
MASKED = re.compile(r"^(?:\+?62|0)8\d{1,2}x{4}$")

errors = []


def err(msg):
    errors.append(msg)


recs = []
with FILE.open(encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad json {e}")

ids = [r.get("id") for r in recs]
if len(ids) != len(set(ids)):
    err("duplicate ids")
expected = {f"{PREFIX}-{i:04d}" for i in range(LO, HI + 1)}
for i in ids:
    if i not in expected:
        err(f"id out of range: {i}")
if set(ids) != expected:
    err(f"ids do not cover range: missing {len(expected - set(ids))}")

seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
        continue
    if list(r["elements"].keys()) != EKEYS:
        err(f"{rid}: element keys {list(r['elements'].keys())}")
    if r["kind"] not in KINDS:
        err(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        err(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"{rid}: empty text")
        continue
    if len(t) > 160:
        err(f"{rid}: too long ({len(t)})")
    if "\n" in t or "\r" in t:
        err(f"{rid}: line break in one-liner")
    for k, v in r["elements"].items():
        if v not in (0, 1) or isinstance(v, bool):
            err(f"{rid}: element {k}={v!r}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        err(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        err(f"{rid}: category not snake_case {r['category']}")
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        err(f"{rid}: legal record without hn_ category")
    for m in PHONE.finditer(t):
        tok = m.group(0).strip()
        if not MASKED.match(tok):
            err(f"{rid}: unmasked phone {tok!r}")
    if re.search(r"\d{9,}", t):
        err(f"{rid}: long digit run (possible phone)")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        err(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

labels = Counter(r.get("label") for r in recs)
share = labels["legal"] / max(len(recs), 1)
if not 0.70 <= share <= 0.80:
    err(f"legal share {share:.3f} outside 70-80%")

if errors:
    for e in errors[:50]:
        print("ERR", e)
    print(f"{len(errors)} errors")
    sys.exit(1)
print(f"records={len(recs)} labels={dict(labels)} legal_share={share:.3f}")
print("OK")
