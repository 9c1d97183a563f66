"""Validate x69a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(ROOT, "x69a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 300
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x69a-(\d{4})", str(rid))
    if not m or not LO <= int(m.group(1)) <= HI: errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] == "oneliner":
        if len(t) > 160 or "\n" in t or "\r" in t: errs.append(f"{rid}: oneliner length/linebreak")
    elif r["style"] == "longform":
        lines = [x for x in t.split("\n") if x.strip()]
        if not 150 <= len(t) <= 1500 or not 2 <= len(lines) <= 15: errs.append(f"{rid}: longform size")
    else: errs.append(f"{rid}: style {r['style']}")
    if not t.strip(): errs.append(f"{rid}: empty text")
    el = r["elements"]
    if list(el.keys()) != ELS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in ELS):
        errs.append(f"{rid}: elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if want == "legal" and r["category"].startswith(("plain_", "dodge_", "regional_", "grade_", "route_", "market_", "price_", "reseller_")):
        errs.append(f"{rid}: legal record in illegal category")
    if want != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: hn_ category on illegal")
    # phones: any run of 6+ digits (ignoring separators) that looks like a phone must be masked
    for ph in re.findall(r"(?:\+62|62|0)8[\d\s\-.]{6,}", t):
        errs.append(f"{rid}: unmasked phone {ph!r}")
    if re.search(r"08\d{2}(?!x)", t) and not re.search(r"08\d{2}xxxx", t):
        errs.append(f"{rid}: phone not masked as 08xxxxxx")
    n = re.sub(r"\s+", " ", t.lower()).strip()
    if n in norm: errs.append(f"{rid}: duplicate text of {norm[n]}")
    norm[n] = rid
if len(recs) != HI - LO + 1: errs.append(f"count {len(recs)} != {HI - LO + 1}")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f} outside 50-60%")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"{len(recs)} records, legal share {share:.1%}")
print("OK")
