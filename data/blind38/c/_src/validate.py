"""Validate x73c_oneliners.jsonl against the brief."""
import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import load, OUT, PREFIX

N = 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
rows = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
if len(rows) != N:
    errs.append(f"count {len(rows)} != {N}")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
if set(ids) != want:
    errs.append("ids not exactly the range")
seen = {}
phone_bad = re.compile(r"(?:\+?62|\b0)8\d{5,}|\d{9,}")
for r in rows:
    rid = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{rid} key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{rid} element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{rid} kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid} style")
    t = r["text"]
    if len(t) > 160 or len(t) < 10:
        errs.append(f"{rid} length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid} line break")
    if t != t.strip():
        errs.append(f"{rid} surrounding whitespace")
    for k, v in r["elements"].items():
        if v not in (0, 1) or isinstance(v, bool):
            errs.append(f"{rid} element {k}={v!r}")
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid} label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid} category not snake_case")
    if r["label"] == "legal" and r["category"].startswith("twin_"):
        errs.append(f"{rid} legal record with offer category")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid} illegal record with hn_ category")
    if phone_bad.search(t):
        errs.append(f"{rid} unmasked phone/long number")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid} duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r["label"] == "legal" for r in rows) / len(rows)
if not 0.50 <= legal <= 0.60:
    errs.append(f"legal share {legal:.3f}")

# family checks (family id lives only in _src)
src = load()
fam_of = {t: f for f, *_x, t in src}
fams = collections.defaultdict(list)
for f, cat, kind, o, u, c, a, t in src:
    fams[f].append((cat, (o, u, c, a)))
for f, mem in fams.items():
    if not 2 <= len(mem) <= 4:
        errs.append(f"family {f} size {len(mem)}")
    cats = [m[0] for m in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"family {f} repeats a category")
    # every member must differ by exactly one element from at least one other member
    for cat, e in mem:
        if not any(sum(x != y for x, y in zip(e, e2)) == 1 for c2, e2 in mem if c2 != cat):
            errs.append(f"family {f} member {cat} is not a one-element twin of any member")
for i in range(1, len(rows)):
    if fam_of.get(rows[i]["text"]) == fam_of.get(rows[i - 1]["text"]):
        errs.append(f"family members adjacent at {rows[i]['id']}")
if errs:
    print("\n".join(errs[:80]))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print("OK")
