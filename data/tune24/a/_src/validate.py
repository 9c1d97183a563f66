"""Validate x44a_oneliners.jsonl against the brief's rules (one-liner fold)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x44a_oneliners.jsonl")
N, PREFIX = 250, "x44a"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)\s?8\d{2}[\s-]?\d")   # unmasked Indonesian mobile
LONGNUM = re.compile(r"\d{7,}")

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
valid_ids = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
seen_ids, seen_txt = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if rid in seen_ids: errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): errs.append(f"{rid}: empty text")
    if len(t) > 160: errs.append(f"{rid}: {len(t)} chars > 160")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: non 0/1 element")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != derived {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat): errs.append(f"{rid}: category not snake_case")
    if (want == "legal") != cat.startswith("hn_"): errs.append(f"{rid}: hn_ prefix mismatch ({cat}, {want})")
    if PHONE.search(t) or LONGNUM.search(t): errs.append(f"{rid}: unmasked phone/long number")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append(f"{rid}: duplicate text of {seen_txt[norm]}")
    seen_txt[norm] = rid
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.65 <= share <= 0.75: errs.append(f"legal share {share:.3f} outside 0.65-0.75")
print(dict(labels), f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print("OK")
