"""Validate x71b_longform.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x71b_longform.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
N = 150
IDS = {f"x71b-{i:04d}" for i in range(1, N + 1)}

errs = []
def err(m): errs.append(m)

rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(rows) != N:
    err(f"expected {N} records, got {len(rows)}")
raw_lines = open(PATH, encoding="utf-8").read()
if "\\u" in raw_lines:
    err("non-ascii escaped (ensure_ascii should be False)")

seen_ids, seen_texts = set(), {}
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: key order {list(r.keys())}")
    if rid not in IDS: err(f"{rid}: id out of range")
    if rid in seen_ids: err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform": err(f"{rid}: style must be longform")
    t = r["text"]
    if not (150 <= len(t) <= 1500): err(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): err(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS: err(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): err(f"{rid}: non 0/1 element")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: err(f"{rid}: label {r['label']} != {want}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat): err(f"{rid}: category not snake_case")
    if r["label"] == "illegal_used_import" and cat.startswith("hn_"): err(f"{rid}: illegal record with hn_ category")
    # phones: any 08xx / +62 / 62 8xx number must be masked with x after 4 digits
    for m in re.finditer(r"(\+?62|0)8\d[\dx\- ]*", t):
        s = m.group(0).strip()
        if re.search(r"\d{5,}", s.replace(" ", "").replace("-", "")) or "x" not in s:
            err(f"{rid}: unmasked phone {s!r}")
    if re.search(r"\d{9,}", t.replace(" ", "").replace("-", "").replace(".", "")):
        err(f"{rid}: long digit run (possible phone/account)")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen_texts: err(f"{rid}: duplicate text of {seen_texts[key]}")
    seen_texts[key] = rid
if seen_ids != IDS: err(f"missing ids: {sorted(IDS - seen_ids)[:5]}")

labels = Counter(r["label"] for r in rows)
share = labels["legal"] / max(len(rows), 1)
if not (0.50 <= share <= 0.60): err(f"legal share {share:.3f} outside 50-60%")

if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(rows)} labels={dict(labels)} legal_share={share:.3f}")
print("OK")
