"""Validate x63b_longform.jsonl against the brief."""
import json, os, re, sys
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x63b_longform.jsonl")
N, PREFIX = 150, "x63b"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(P, encoding="utf-8") if l.strip()]
if len(recs) != N: errs.append(f"count {len(recs)} != {N}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if set(ids) != {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}: errs.append("ids not in range")
seen = {}
phone = re.compile(r"(?:\+62|\b0)8\d*")
for r in recs:
    i = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{i}: key order {list(r.keys())}")
    if r["kind"] not in KINDS: errs.append(f"{i}: kind {r['kind']}")
    t = r["text"]
    if r["style"] == "longform":
        nl = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500): errs.append(f"{i}: length {len(t)}")
        if not (2 <= len(nl) <= 15): errs.append(f"{i}: lines {len(nl)}")
    elif r["style"] == "oneliner":
        if len(t) > 160 or "\n" in t: errs.append(f"{i}: oneliner too long / has break")
    else: errs.append(f"{i}: style {r['style']}")
    el = r["elements"]
    if list(el.keys()) != ELS or any(el[k] not in (0, 1) for k in ELS): errs.append(f"{i}: elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != want: errs.append(f"{i}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{i}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append(f"{i}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{i}: illegal with hn_ category")
    for m in re.finditer(r"(?:\+62|\b0)8\d{2}[0-9x]+", t):
        if not re.fullmatch(r"(?:\+62|0)8\d{2}x{4}", m.group()): errs.append(f"{i}: unmasked phone {m.group()}")
    for m in re.finditer(r"\d{9,}", t): errs.append(f"{i}: long digit run {m.group()}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{i}: duplicate text of {seen[key]}")
    seen[key] = i
share = sum(r["label"] == "legal" for r in recs) / len(recs)
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(recs)} records, legal share {share:.3f}")
