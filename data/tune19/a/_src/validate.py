import json, os, re, sys
from collections import Counter
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x36a_oneliners.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
EKEYS = ["offer","used","clothing","abroad"]
errs = []
recs = [json.loads(l) for l in open(P, encoding="utf-8")]
ids = [r["id"] for r in recs]
valid_ids = {f"x36a{i:04d}" for i in range(1, 301)}
if len(set(ids)) != len(ids): errs.append("duplicate ids")
for i in ids:
    if i not in valid_ids: errs.append(f"id out of range {i}")
seen = {}
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{rid} key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid} element keys")
    if r["kind"] not in KINDS: errs.append(f"{rid} kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid} style")
    t = r["text"]
    if len(t) > 160 or not t.strip(): errs.append(f"{rid} length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid} line break")
    for k, v in r["elements"].items():
        if v not in (0, 1) or isinstance(v, bool): errs.append(f"{rid} element {k}={v}")
    exp = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp: errs.append(f"{rid} label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid} category")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid} legal not hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid} illegal with hn_")
    # phone numbers must be masked: any run of 7+ digits (allowing separators) is rejected
    for m in re.finditer(r"\+?\d[\d\-\s]{6,}\d", t):
        if sum(ch.isdigit() for ch in m.group()) >= 7: errs.append(f"{rid} unmasked phone? {m.group()}")
    for m in re.finditer(r"(?:\+62|08)\d*", t):
        if not re.fullmatch(r"08\d{2}", m.group()) : errs.append(f"{rid} phone not 08xxxx form {m.group()}")
    if re.search(r"08\d\d(?!x)", t): errs.append(f"{rid} phone not masked")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid} duplicate text of {seen[norm]}")
    seen[norm] = rid
if len(recs) != 300: errs.append(f"count {len(recs)}")
legal = sum(r["label"] == "legal" for r in recs) / len(recs)
if not (0.70 <= legal <= 0.80): errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"legal share {legal:.3f}")
print(Counter(r["label"] for r in recs))
print(Counter(r["kind"] for r in recs))
print(sorted(Counter(r["category"] for r in recs).items()))
print(Counter(tuple(r["elements"].values()) for r in recs if r["label"]=="legal"))
print("OK")
