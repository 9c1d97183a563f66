"""Validate x72b_oneliners.jsonl; prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x72b_oneliners.jsonl")
PREFIX, N = "x72b", 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), Counter()
valid_ids = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] == "oneliner":
        if len(t) > 160 or "\n" in t or "\r" in t: errs.append(f"{rid}: oneliner len/lines {len(t)}")
    elif r["style"] == "longform":
        lines = [x for x in t.split("\n") if x.strip()]
        if not (150 <= len(t) <= 1500 and 2 <= len(lines) <= 15): errs.append(f"{rid}: longform size")
    else: errs.append(f"{rid}: style {r['style']}")
    if not t.strip(): errs.append(f"{rid}: empty text")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errs.append(f"{rid}: elements {el}")
    exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp: errs.append(f"{rid}: label {r['label']} != {exp}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    # phones: any run of 5+ digits starting 08/62/+62 is an unmasked number
    if re.search(r"(\+?62|0)8\d[\d\s-]{4,}", t): errs.append(f"{rid}: unmasked phone")
    for m in re.finditer(r"\b08\d*x*", t, re.I):
        if not re.fullmatch(r"08\d{2}x{4}", m.group(0), re.I): errs.append(f"{rid}: bad phone mask {m.group(0)}")
    norm[re.sub(r"\s+", " ", t.lower()).strip()] += 1
for k, v in norm.items():
    if v > 1: errs.append(f"duplicate text: {k[:60]}")
if len(recs) != N or ids != valid_ids: errs.append(f"count {len(recs)} / ids incomplete")
share = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not 0.70 <= share <= 0.80: errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)})"); sys.exit(1)
print(f"records={len(recs)} legal_share={share:.3f}")
print("OK")
