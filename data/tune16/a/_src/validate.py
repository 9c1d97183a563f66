"""Validate x28a_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x28a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
ID_RE = re.compile(r"^x28a(\d{4})$")
LO, HI = 1, 300
# unmasked phone numbers: 08.. / +62.. / 62.. with 7+ digits in a row (spaces/dashes allowed)
PHONE_RE = re.compile(r"(?:\+?62|0)8[\d\s\-]{7,}")
FAMOUS = ["bekas", "second", "seken", "thrift", "preloved", "bal", "ballpress", "balpres", "ballpres",
          "karungan", "impor", "import", "bundle", "cakar", "monza", "awul-awul", "awul", "hidden gem",
          "hidden gems", "bongkar bal", "2nd"]
FAMOUS_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(FAMOUS, key=len, reverse=True)) + r")\b", re.I)

errors = []
def err(msg):
    errors.append(msg)

recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: bad json {e}")

ids, norm = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
    m = ID_RE.match(rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI):
        err(f"{rid}: id out of range")
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    if r.get("kind") not in KINDS:
        err(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        err(f"{rid}: bad style")
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
    if not re.match(r"^[a-z][a-z0-9_]*$", cat):
        err(f"{rid}: category not snake_case")
    if want == "legal" and not cat.startswith("hn_"):
        err(f"{rid}: legal record category should start with hn_")
    if want != "legal" and cat.startswith("hn_"):
        err(f"{rid}: illegal record has hn_ category")
    if PHONE_RE.search(t):
        err(f"{rid}: unmasked phone number")
    if want != "legal":
        hit = FAMOUS_RE.search(t)
        if hit:
            err(f"{rid}: illegal record uses famous word '{hit.group(0)}'")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in norm:
        err(f"{rid}: duplicate text of {norm[key]}")
    norm[key] = rid

if len(ids) != HI - LO + 1:
    err(f"expected {HI - LO + 1} ids, found {len(ids)}")
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.50 <= share <= 0.60):
    err(f"legal share {share:.3f} outside 50-60%")

if errors:
    for e in errors:
        print("ERROR", e)
    print(f"FAILED: {len(errors)} errors")
    sys.exit(1)
print(f"OK: {len(recs)} records, legal {labels['legal']} ({share:.1%}), illegal_used_import {labels['illegal_used_import']}, "
      f"kinds {len(Counter(r['kind'] for r in recs))}, categories {len(Counter(r['category'] for r in recs))}")
