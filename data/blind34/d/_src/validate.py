"""Validate x66d_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x66d_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N_EXPECTED = 300
PHONE = re.compile(r"(?:\+?62|0)[\s-]?8\d(?:[\s-]?\d){5,}")

errors = []
def err(msg): errors.append(msg)

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N_EXPECTED:
    err(f"expected {N_EXPECTED} records, got {len(recs)}")
valid_ids = {f"x66d-{i:04d}" for i in range(1, N_EXPECTED + 1)}
seen_ids, seen_texts = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: err(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids: err(f"{rid}: id out of range")
    if rid in seen_ids: err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "oneliner": err(f"{rid}: style must be oneliner")
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): err(f"{rid}: empty text")
    if len(t) > 160: err(f"{rid}: {len(t)} chars > 160")
    if "\n" in t or "\r" in t: err(f"{rid}: line break in one-liner")
    el = r["elements"]
    if list(el.keys()) != EKEYS: err(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): err(f"{rid}: non 0/1 element")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: err(f"{rid}: label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err(f"{rid}: category not snake_case")
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and want == "legal":
        pass  # legal records that are not hard negatives are allowed but none expected
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    if PHONE.search(t): err(f"{rid}: unmasked phone number")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_texts: err(f"{rid}: duplicate text of {seen_texts[norm]}")
    seen_texts[norm] = rid

labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.70 <= share <= 0.80: err(f"legal share {share:.3f} outside 70-80%")

if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problems"); sys.exit(1)
print(f"records={len(recs)} labels={dict(labels)} legal_share={share:.3f}")
print("OK")
