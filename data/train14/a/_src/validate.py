"""Validate x59a_oneliners.jsonl against the brief."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x59a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 300:
    errs.append(f"count {len(recs)} != 300")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"x59a-{i:04d}" for i in range(1, 301)}
if set(ids) - want:
    errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
seen = {}
phone = re.compile(r"(\+?62|0)8\d{2}[\s-]?\d{2,}")
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{i}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != ELS:
        errs.append(f"{i}: element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{i}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{i}: style")
    t = r["text"]
    if len(t) > 160 or len(t) < 1:
        errs.append(f"{i}: length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(f"{i}: line break")
    for k in ELS:
        if r["elements"][k] not in (0, 1):
            errs.append(f"{i}: element {k}")
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in ELS) else "legal"
    if r["label"] != lab:
        errs.append(f"{i}: label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errs.append(f"{i}: category {r['category']}")
    if lab == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{i}: legal without hn_ prefix")
    if lab != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{i}: illegal with hn_ prefix")
    if phone.search(t):
        errs.append(f"{i}: unmasked phone")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{i}: duplicate text of {seen[key]}")
    seen[key] = i
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs)
if not 0.55 <= share <= 0.65:
    errs.append(f"legal share {share:.3f}")
fam_path = os.path.join(HERE, "families.json")
if os.path.exists(fam_path):
    fam = json.load(open(fam_path, encoding="utf-8"))
    for a, b in zip(ids, ids[1:]):
        if fam[a] == fam[b]:
            errs.append(f"family neighbours {a} {b}")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK {len(recs)} records, legal {legal} ({share:.0%})")
