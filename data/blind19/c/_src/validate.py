"""Validate x30c_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x30c_oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
VALID_IDS = {f"x30c{i:04d}" for i in range(1, 301)}
PHONE = re.compile(r"(?:\+?62|0)\s?8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{2,5}")

errs, seen_ids, seen_txt = [], set(), {}
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in VALID_IDS: errs.append(f"{rid}: id out of range")
    if rid in seen_ids: errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat): errs.append(f"{rid}: category {cat}")
    if want != "legal" and cat.startswith("hn_"): errs.append(f"{rid}: illegal record in hn_ category")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append(f"{rid}: duplicate text of {seen_txt[norm]}")
    seen_txt[norm] = rid

legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f} outside 50-60%")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(recs)} legal={legal} ({share:.1%}) kinds={dict(collections.Counter(r['kind'] for r in recs))}")
print("OK")
