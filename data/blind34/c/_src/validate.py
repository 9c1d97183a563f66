"""Validate x66c_oneliners.jsonl against the brief. Prints OK when everything passes."""
import json, re, os, sys, collections, glob, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x66c_oneliners.jsonl")
N_MAX = 300
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
PHONE = re.compile(r"(?:\+62|62|0)8\d[\d\s\-.]{5,}")
errs = []

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x66c-(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= N_MAX):
        errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style")
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append(f"{rid}: oneliner length/lines ({len(t)})")
    el = r["elements"]
    if list(el.keys()) != ELS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements")
    want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label not derived")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    for ph in PHONE.findall(t):
        errs.append(f"{rid}: unmasked phone {ph!r}")
    for ph in re.findall(r"08\d{2}\S*", t):
        if not re.fullmatch(r"08\d{2}x{4,}[\W]*", ph):
            errs.append(f"{rid}: phone not masked {ph!r}")
norm = collections.Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in recs)
for t, c in norm.items():
    if c > 1:
        errs.append(f"duplicate text: {t[:60]}")
n = len(recs)
legal = sum(r["label"] == "legal" for r in recs)
share = legal / n if n else 0
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")
if n != N_MAX:
    errs.append(f"expected {N_MAX} records, got {n}")

# family checks on the sources: 2-4 members, distinct categories
fams = collections.defaultdict(list)
for path in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for rec in mod.R:
        fams[rec[0]].append(rec)
for f, mem in fams.items():
    if not (2 <= len(mem) <= 4):
        errs.append(f"family {f}: {len(mem)} members")
    if len({m[2] for m in mem}) != len(mem):
        errs.append(f"family {f}: repeated category")
# family members must not be adjacent in output
cat_fam = {}
for f, mem in fams.items():
    for m in mem:
        cat_fam[m[7]] = f
for a, b in zip(recs, recs[1:]):
    if cat_fam.get(a["text"]) == cat_fam.get(b["text"]):
        errs.append(f"family members adjacent: {a['id']} {b['id']}")

print(f"records={n} legal={legal} ({share:.1%}) families={len(fams)}")
if errs:
    for e in errs[:50]:
        print("ERR", e)
    sys.exit(1)
print("OK")
