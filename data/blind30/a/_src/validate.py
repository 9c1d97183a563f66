import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x60a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, seen = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x60a-(\d{4})", rid or "")
    if not m or not 1 <= int(m.group(1)) <= 300: errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): errs.append(f"{rid}: empty text")
    if len(t) > 160: errs.append(f"{rid}: too long ({len(t)})")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    e = r["elements"]
    if list(e.keys()) != EL: errs.append(f"{rid}: element keys {list(e.keys())}")
    if any(e.get(k) not in (0, 1) or isinstance(e.get(k), bool) for k in EL): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(e.get(k) == 1 for k in EL) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal category with hn_")
    # phones: any run of 7+ digits (ignoring spaces/dashes) or +62 number must not appear
    if re.search(r"(\+62|\b0)8\d[\d\s\-]{5,}", t) or re.search(r"\d{7,}", t.replace(" ", "").replace("-", "")):
        errs.append(f"{rid}: unmasked phone-like number")
    for mm in re.finditer(r"08\d\d\S*", t):
        if "xxxx" not in mm.group(0): errs.append(f"{rid}: phone not masked {mm.group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
if len(recs) != 300: errs.append(f"count {len(recs)} != 300")
if ids != {"x60a-%04d" % i for i in range(1, len(recs) + 1)}: errs.append("ids not contiguous")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print(f"OK {len(recs)} records, legal {legal} ({share:.1%})")
