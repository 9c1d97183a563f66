"""Validate x68b_longform.jsonl. Prints OK when every check passes."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x68b_longform.jsonl")
PREFIX, N = "x68b", 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|\b62|\b0)8\d{2}[\s\-]?\d{3,4}[\s\-]?\d{2,5}")

errs = []
ids, seen, legal = set(), {}, 0
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(rows) != N:
    errs.append(f"expected {N} records, got {len(rows)}")
valid_ids = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid}: style {r['style']}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category")
    t = r["text"]
    nl = [x for x in t.split("\n") if x.strip()]
    if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(nl) <= 15): errs.append(f"{rid}: lines {len(nl)}")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if r["label"] == "legal":
        legal += 1
        if not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
    elif r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    for m in PHONE.finditer(t):
        errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
share = legal / max(len(rows), 1)
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)})"); sys.exit(1)
print(f"OK: {len(rows)} records, legal {legal} ({share:.1%})")
