"""Validate x53a_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x53a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 300
errs = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(rows) != N:
    errs.append(f"expected {N} records, got {len(rows)}")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
valid_ids = {f"x53a-{i:04d}" for i in range(1, N + 1)}
seen = set()
phone_re = re.compile(r"(\+?62|\b0)8\d[\d\s-]{5,}")
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{rid}: element keys")
    if rid not in valid_ids:
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style must be oneliner")
    t = r["text"]
    if len(t) > 160 or not t.strip():
        errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break")
    if any(v not in (0, 1) or isinstance(v, bool) for v in r["elements"].values()):
        errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if phone_re.search(t):
        errs.append(f"{rid}: unmasked phone: {t}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text")
    seen.add(norm)
labels = Counter(r["label"] for r in rows)
share = labels["legal"] / len(rows) if rows else 0
if not (0.52 <= share <= 0.58):
    errs.append(f"legal share {share:.3f} outside 52-58%")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"labels {dict(labels)} legal share {share:.3f}")
print("kinds", dict(Counter(r['kind'] for r in rows)))
print("OK")
