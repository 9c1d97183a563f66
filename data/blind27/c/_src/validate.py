"""Validate x53c_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys, importlib, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PATH = os.path.join(HERE, "..", "x53c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL = ["offer", "used", "clothing", "abroad"]
errs = []

rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(rows) != 300:
    errs.append(f"expected 300 records, got {len(rows)}")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i in ids:
    m = re.fullmatch(r"x53c-(\d{4})", i)
    if not m or not 1 <= int(m.group(1)) <= 300:
        errs.append(f"id out of range: {i}")
seen = {}
for r in rows:
    rid = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EL:
        errs.append(f"{rid}: element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style")
    t = r["text"]
    if len(t) > 160 or len(t) < 20:
        errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    e = r["elements"]
    if any(v not in (0, 1) for v in e.values()):
        errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(e[k] == 1 for k in EL) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label mismatch")
    if r["label"] == "legal" and r["category"].startswith("twin_offer"):
        errs.append(f"{rid}: legal record with offer category")
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    # phones: any run of 7+ digits (with optional separators) or +62 must not appear unmasked
    if re.search(r"(\+62|\b0)\d[\d\- ]{6,}\d", t) or re.search(r"\d{7,}", t):
        errs.append(f"{rid}: unmasked phone-like number")
    for ph in re.findall(r"\b08\w+", t):
        if not re.fullmatch(r"08\d{2}x{4}", ph):
            errs.append(f"{rid}: phone not masked as 08NNxxxx: {ph}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid

legal = sum(r["label"] == "legal" for r in rows)
share = legal / len(rows)
if not 0.52 <= share <= 0.58:
    errs.append(f"legal share {share:.3f} outside 52-58%")
if not 0.50 <= share <= 0.60:
    errs.append("legal share outside 50-60%")

# family checks against the hand-written sources
src = []
for m in ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]:
    src += importlib.import_module(m).RECS
fam_of = {s[4]: s[0] for s in src}
if len(fam_of) != len(src):
    errs.append("duplicate text in sources")
order = [fam_of.get(r["text"]) for r in rows]
if None in order:
    errs.append("output text missing from sources")
for a, b, r in zip(order, order[1:], rows[1:]):
    if a == b:
        errs.append(f"{r['id']}: sits next to a member of its own family {a}")
fams = collections.defaultdict(list)
for s in src:
    fams[s[0]].append(s)
for f, mem in fams.items():
    if not 2 <= len(mem) <= 4:
        errs.append(f"{f}: family size {len(mem)}")
    cats = [m[2] for m in mem]
    if len(set(cats)) != len(cats):
        errs.append(f"{f}: repeated category in family")
    els = [m[3] for m in mem]
    if len(set(els)) != len(els):
        errs.append(f"{f}: two members with identical elements")

if errs:
    print("\n".join(errs))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print(f"OK: {len(rows)} records, legal {legal} ({share:.1%}), families {len(fams)}")
