"""Validate x69c_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys, importlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x69c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 300
errs = []

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
valid_ids = {f"x69c-{i:04d}" for i in range(1, N + 1)}
for i in ids:
    if i not in valid_ids:
        errs.append(f"id out of range: {i}")
seen = {}
phone = re.compile(r"(\+62|\b62|\b0)8\d[\d\s\-.]{6,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{rid}: element keys {list(r['elements'].keys())}")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style {r['style']}")
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append(f"{rid}: oneliner length/linebreak ({len(t)})")
    el = r["elements"]
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    if phone.search(t):
        errs.append(f"{rid}: unmasked phone")
    for m in re.finditer(r"08\d\d\S*", t):
        if not re.fullmatch(r"08\d\dx+[.,]?", m.group(0)):
            errs.append(f"{rid}: phone not masked like 0812xxxx: {m.group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

lab = Counter(r["label"] for r in recs)
share = lab["legal"] / len(recs) if recs else 0
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f} outside 50-60%")

# family checks against the source batches: sizes 2-4, one element per twin, no shared category, not adjacent
sys.path.insert(0, HERE)
fam_of, fams = {}, defaultdict(list)
for name in sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"b\d+\.py", f)):
    for fam, kind, cat, els, text in importlib.import_module(name).R:
        fam_of[text] = fam
        fams[fam].append((cat, els))
for fam, mem in fams.items():
    if not 2 <= len(mem) <= 4:
        errs.append(f"{fam}: size {len(mem)}")
    cats = [c for c, _ in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"{fam}: shared category")
    for c, e in mem[1:]:
        diffs = [sum(a != b for a, b in zip(e, o)) for _, o in mem if o is not e]
        if min(diffs) != 1:
            errs.append(f"{fam}: member {c} is not one element away from any sibling")
for a, b in zip(recs, recs[1:]):
    if fam_of.get(a["text"]) == fam_of.get(b["text"]):
        errs.append(f"{a['id']}/{b['id']}: family members adjacent")
if len(fam_of) != len(recs):
    errs.append("source and output differ in size")

if errs:
    print("\n".join(errs[:60]))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print("OK")
