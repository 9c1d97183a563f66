"""Validate oneliners.jsonl: field order, allowed values, label consistency,
unique ids/texts, near-duplicates, lengths, masked phones."""
import json, os, re, sys, difflib, unicodedata
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read()
if not raw.endswith("\n"):
    errs.append("file does not end with newline")
for ln, line in enumerate(raw.splitlines(), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {ln}: bad json {e}"); continue
    if "\\u" in line and not "\\u200b" in line:
        errs.append(f"line {ln}: escaped non-ascii (ensure_ascii?)")
    if list(r.keys()) != KEYS:
        errs.append(f"line {ln}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"line {ln}: element key order")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1) or isinstance(r["elements"][k], bool):
            errs.append(f"line {ln}: element {k} value")
    if r["kind"] not in KINDS: errs.append(f"line {ln}: kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"line {ln}: style")
    if r["label"] not in ("illegal_used_import", "legal"): errs.append(f"line {ln}: label")
    allone = all(r["elements"][k] == 1 for k in EKEYS)
    if (r["label"] == "illegal_used_import") != allone:
        errs.append(f"line {ln}: label/elements mismatch")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["category"]):
        errs.append(f"line {ln}: category not snake_case")
    if r["id"] != f"b4-{ln:04d}": errs.append(f"line {ln}: id {r['id']}")
    t = r["text"]
    if len(t) > 160: errs.append(f"line {ln}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"line {ln}: multi-line")
    if t != t.strip() or not t: errs.append(f"line {ln}: whitespace/empty")
    # phone numbers must be masked: no run of >=7 digits, no 08xx/+62 followed by 5+ digits
    compact = re.sub(r"[\s\-.]", "", t)
    if re.search(r"(\+?62|0)8\d{5,}", compact) or re.search(r"\d{7,}", compact):
        errs.append(f"line {ln}: possible unmasked phone: {t}")
    recs.append(r)

if len(recs) != 400: errs.append(f"count {len(recs)}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
norm = lambda s: re.sub(r"\W+", " ", unicodedata.normalize("NFKC", s).lower()).strip()
texts = [norm(r["text"]) for r in recs]
if len(set(r["text"] for r in recs)) != len(recs): errs.append("duplicate texts")
if len(set(texts)) != len(texts): errs.append("duplicate normalised texts")
near = []
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() > 0.75 and sm.quick_ratio() > 0.75 and sm.ratio() > 0.75:
            near.append((round(sm.ratio(), 2), recs[i]["id"], recs[j]["id"], recs[i]["text"], recs[j]["text"]))
for n in near: errs.append(f"near-duplicate {n}")

lab = Counter(r["label"] for r in recs)
print("labels:", dict(lab), f"illegal share {lab['illegal_used_import']/len(recs):.1%}")
print("kinds:", dict(Counter(r["kind"] for r in recs)))
print("max len:", max(len(r["text"]) for r in recs), "min len:", min(len(r["text"]) for r in recs))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
