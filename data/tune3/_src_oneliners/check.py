"""Validate oneliners.jsonl; exit non-zero on any failure."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
FIELDS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
LEGAL_FAMILIES = ["new_thrift_style", "new_imported", "own_preloved_local", "used_non_clothing",
                  "other_goods_bulk", "complaint_report", "news_official", "opinion",
                  "moderation_guideline", "quiz_tutorial_question", "donation_swap_charity",
                  "tailoring_upcycling", "other_meaning", "local_reject_export"]
KW = re.compile(r"thrift|bekas|impor|bal", re.I)
PHONE = re.compile(r"(?<![\dx])(?:\+?62|0)8\d{6,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids, texts = set(), set()
for i, r in enumerate(recs, 1):
    if list(r.keys()) != FIELDS: errs.append(f"line {i}: fields {list(r.keys())}")
    if r["id"] != f"t3-{i:04d}": errs.append(f"line {i}: id {r['id']}")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    t = r["text"]
    if t in texts: errs.append(f"dup text {r['id']}: {t}")
    texts.add(t)
    if r["kind"] not in KINDS: errs.append(f"{r['id']}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{r['id']}: style")
    if r["label"] not in ("illegal_used_import", "legal"): errs.append(f"{r['id']}: label")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{r['id']}: category")
    el = r["elements"]
    if list(el.keys()) != ELS or any(v not in (0, 1) for v in el.values()):
        errs.append(f"{r['id']}: elements {el}")
    want = "illegal_used_import" if all(el.values()) else "legal"
    if r["label"] != want: errs.append(f"{r['id']}: label/elements mismatch")
    if "\n" in t or "\r" in t: errs.append(f"{r['id']}: newline")
    if len(t) > 140: errs.append(f"{r['id']}: {len(t)} chars: {t}")
    if not t.strip(): errs.append(f"{r['id']}: empty")
    if PHONE.search(t): errs.append(f"{r['id']}: unmasked phone: {t}")
n = len(recs)
ill = [r for r in recs if r["label"] != "legal"]
leg = [r for r in recs if r["label"] == "legal"]
if n < 600: errs.append(f"only {n} rows")
share = len(ill) / n
if not 0.40 <= share <= 0.50: errs.append(f"illegal share {share:.3f}")
nokw = sum(1 for r in ill if not KW.search(r["text"]))
if nokw < 0.40 * len(ill): errs.append(f"no-keyword illegal {nokw}/{len(ill)} < 40%")
fam = collections.Counter(r["category"] for r in leg)
for f in LEGAL_FAMILIES:
    if fam[f] < 25: errs.append(f"legal family {f}: {fam[f]} < 25")
icat = collections.Counter(r["category"] for r in ill)
if set(icat) & set(fam): errs.append(f"category used on both sides: {set(icat) & set(fam)}")
kinds = collections.Counter(r["kind"] for r in recs)
print(f"rows {n}; illegal {len(ill)} ({share:.1%}); legal {len(leg)}")
print(f"illegal without thrift/bekas/impor/bal: {nokw} ({nokw/len(ill):.1%})")
print("illegal categories:", dict(sorted(icat.items())))
print("legal categories:", dict(sorted(fam.items())))
print("kinds:", dict(kinds.most_common()))
print("max length:", max(len(r["text"]) for r in recs))
if errs:
    print(f"FAILED ({len(errs)} problems):"); [print("  " + e) for e in errs]
    sys.exit(1)
print("OK")
