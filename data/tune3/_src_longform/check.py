"""Validate longform.jsonl. Exits non-zero on any failure."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "longform.jsonl")
FIELDS = {"id", "kind", "text", "label", "category", "style", "elements"}
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"illegal_used_import", "legal"}
ELS = ("offer", "used", "clothing", "abroad")
LEGAL_FAMILIES = ["new_thrift_style", "complaint_thread", "news_article", "platform_guideline",
    "charity_sale", "personal_preloved", "per_bal_other_goods", "used_vehicle_machine_import",
    "new_not_used_not_import", "market_trip_caption", "fake_goods_tutorial", "new_imported_clothes",
    "other_meaning", "donation_swap", "upcycling_tailoring"]
KW = re.compile(r"thrift|bekas|impor", re.I)
PHONE = re.compile(r"(?<!\d)(?:\+?62|0)8\d[\d\- ]{6,}\d")

errs = []
def err(m): errs.append(m)

recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: bad json {e}")

ids, texts = Counter(), Counter()
for r in recs:
    rid = r.get("id", "?")
    if set(r) != FIELDS: err(f"{rid}: fields {sorted(r)}")
    if not re.fullmatch(r"t3-1\d{3}", str(rid)) or not (1001 <= int(rid[3:]) <= 1400): err(f"{rid}: bad id")
    if r.get("kind") not in KINDS: err(f"{rid}: kind {r.get('kind')}")
    if r.get("label") not in LABELS: err(f"{rid}: label")
    if r.get("style") != "longform": err(f"{rid}: style")
    if not re.fullmatch(r"[a-z0-9_]+", str(r.get("category", ""))): err(f"{rid}: category")
    el = r.get("elements", {})
    if set(el) != set(ELS) or any(el[k] not in (0, 1) for k in ELS): err(f"{rid}: elements {el}")
    else:
        want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
        if r["label"] != want: err(f"{rid}: label/elements mismatch")
    t = r.get("text", "")
    nl = t.count("\n") + 1
    if not (2 <= nl <= 15): err(f"{rid}: {nl} lines")
    if not (150 <= len(t) <= 1500): err(f"{rid}: length {len(t)}")
    if any(not ln.strip() for ln in t.split("\n")): err(f"{rid}: empty line")
    if PHONE.search(t): err(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    ids[rid] += 1; texts[t] += 1

for k, v in ids.items():
    if v > 1: err(f"dup id {k}")
for k, v in texts.items():
    if v > 1: err(f"dup text {k[:40]}")

n = len(recs)
lab = Counter(r["label"] for r in recs)
if n < 340: err(f"only {n} rows")
if n == 400 and (lab["illegal_used_import"] != 160 or lab["legal"] != 240): err(f"label counts {lab}")
if abs(lab["illegal_used_import"] / max(n, 1) - 0.40) > 0.02: err(f"illegal share {lab}")
kinds = Counter(r["kind"] for r in recs)
for k in KINDS:
    if kinds[k] == 0: err(f"kind {k} missing")
cat_leg = Counter(r["category"] for r in recs if r["label"] == "legal")
for fam in LEGAL_FAMILIES:
    if cat_leg[fam] < 15: err(f"legal family {fam}: {cat_leg[fam]} < 15")
ill = [r for r in recs if r["label"] == "illegal_used_import"]
nokw = sum(1 for r in ill if not KW.search(r["text"]))
if nokw < 0.35 * len(ill): err(f"illegal without keywords {nokw}/{len(ill)} < 35%")

print(f"rows={n} labels={dict(lab)} kinds={dict(kinds)}")
print(f"illegal without thrift/bekas/impor: {nokw}/{len(ill)} ({100*nokw/max(len(ill),1):.1f}%)")
print("categories:")
for (l, c), v in sorted(Counter((r['label'], r['category']) for r in recs).items()):
    print(f"  {l:20s} {c:30s} {v}")
if errs:
    print(f"FAILED: {len(errs)} problems")
    for e in errs[:80]: print("  ", e)
    sys.exit(1)
print("OK")
