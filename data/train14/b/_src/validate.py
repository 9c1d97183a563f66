"""Validate x59b_longform.jsonl. Prints OK when all checks pass."""
import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

PATH = build.OUT
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?<!\d)(?:\+?62|0)8\d[\d\-\s.]{5,}\d")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(recs) != 150: errs.append(f"count {len(recs)} != 150")
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if sorted(ids) != [f"x59b-{i:04d}" for i in range(1, 151)]: errs.append("ids not x59b-0001..0150")
seen = {}
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{rid} key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid} element keys")
    if r["kind"] not in KINDS: errs.append(f"{rid} kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid} style")
    t = r["text"]
    if not (150 <= len(t) <= 1500): errs.append(f"{rid} length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): errs.append(f"{rid} lines {len(nl)}")
    el = r["elements"]
    for k in EKEYS:
        if el[k] not in (0, 1): errs.append(f"{rid} element {k}={el[k]}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid} label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid} category not snake_case")
    if want == "legal" and el["offer"] == 0 and not r["category"].startswith("hn_"):
        errs.append(f"{rid} legal hard negative without hn_ prefix")
    if PHONE.search(t): errs.append(f"{rid} unmasked phone: {PHONE.search(t).group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid} duplicate text of {seen[norm]}")
    seen[norm] = rid

legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs)
if not (0.55 <= share <= 0.65): errs.append(f"legal share {share:.3f}")

# family adjacency: members of one family must not sit next to each other
fam_of = {row["text"]: row["fam"] for row in build.load()}
fams = [fam_of.get(r["text"]) for r in recs]
if None in fams: errs.append("record text not found in sources")
for i in range(len(fams) - 1):
    if fams[i] == fams[i + 1]: errs.append(f"family {fams[i]} adjacent at {ids[i]}/{ids[i+1]}")

if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"records {len(recs)}, legal {legal} ({share:.0%}), illegal {len(recs)-legal}")
print("OK")
