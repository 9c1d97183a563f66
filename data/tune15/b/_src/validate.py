"""Validate x24b_longform.jsonl against the brief. Prints OK or the problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "x24b_longform.jsonl")
LO, HI, PREFIX = 1, 150, "x24b"
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s\-]{6,}")
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|preloved|bal|ball|ballpress|balpres|bal\s?press|karungan|impor|import\w*|bundle|cakar|monza|monja|awul[- ]?awul|hidden gems?)\b", re.I)

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norms = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    m = re.fullmatch(PREFIX + r"(\d{4})", str(rid))
    if not m or not (LO <= int(m.group(1)) <= HI):
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    t = r["text"]
    if r["style"] == "longform":
        nl = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: longform length {len(t)}")
        if not (2 <= len(nl) <= 15):
            errs.append(f"{rid}: longform lines {len(nl)}")
    elif r["style"] == "oneliner":
        if len(t) > 160 or "\n" in t:
            errs.append(f"{rid}: oneliner too long or has line break")
    else:
        errs.append(f"{rid}: bad style")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if (r["label"] == "legal") != r["category"].startswith("hn_"):
        errs.append(f"{rid}: hn_ prefix / label mismatch")
    for ph in PHONE.findall(t):
        errs.append(f"{rid}: unmasked phone {ph!r}")
    if r["label"] == "illegal_used_import":
        hit = FAMOUS.findall(t)
        if hit:
            errs.append(f"{rid}: illegal record uses famous word(s) {hit}")
    n = re.sub(r"\s+", " ", t.lower()).strip()
    if n in norms:
        errs.append(f"{rid}: duplicate text")
    norms.add(n)

if len(recs) != HI - LO + 1:
    errs.append(f"count {len(recs)} != {HI - LO + 1}")
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / max(1, len(recs))
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")

if errs:
    print("\n".join(errs))
    print(f"FAIL: {len(errs)} problem(s)")
    sys.exit(1)
print(f"OK: {len(recs)} records, legal {lab['legal']} ({share:.1%}), illegal_used_import {lab['illegal_used_import']}")
