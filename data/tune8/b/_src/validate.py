"""Validate x6b_oneliners.jsonl and x6b_longform.jsonl. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
SPEC = {
    "x6b_oneliners.jsonl": ("oneliner", 1, 300, 300),
    "x6b_longform.jsonl": ("longform", 1001, 1100, 100),
}
TRADE = re.compile(
    r"thrift|thr1ft|bekas|second|s3c0nd|sekond|seken|s3ken|\b2nd\b|2️⃣nd|pre-?loved|pr3l0v3d|\bbal\b|b4l|b@l|"
    r"balpres|ballpress|\bbale\b|karung|goni|koli|k 0 l i|impor|import|\bex[ -]|eks |monza|cakar|awul|lelong|"
    r"\broma\b|rombengan|bundle|obok|batam|senen|gedebage|cimol|kebon kalapa|pajak|tungging|pasar|sortir|"
    r"grade|kontainer|vintage|retro|reject|sisa ekspor|overrun|ekspor|jastip|declutter|majun|sekenan", re.I)
FAMOUS = re.compile(r"thrift|thr\.?1?\.?r?\.?ift|bekas impor|\bbal\b|b4l|b@l|ballpress|ballpres|balpres|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\- ]{5,}")
errors = []
all_recs = []
seen = {}
for fname, (style, lo, hi, n) in SPEC.items():
    path = os.path.join(OUT, fname)
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    if len(recs) != n:
        errors.append(f"{fname}: {len(recs)} records, expected {n}")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append(f"{fname}: duplicate ids")
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            errors.append(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS:
            errors.append(f"{rid}: element keys")
        m = re.fullmatch(r"x6b-(\d{4})", rid)
        if not m or not (lo <= int(m.group(1)) <= hi):
            errors.append(f"{rid}: id out of range")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: kind {r['kind']}")
        if r["style"] != style:
            errors.append(f"{rid}: style {r['style']}")
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t or "\r" in t:
                errors.append(f"{rid}: oneliner length {len(t)} or line break")
        else:
            lines = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500):
                errors.append(f"{rid}: longform length {len(t)}")
            if not (2 <= len(lines) <= 15):
                errors.append(f"{rid}: longform lines {len(lines)}")
        el = r["elements"]
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errors.append(f"{rid}: element not 0/1")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errors.append(f"{rid}: label {r['label']} != {want}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errors.append(f"{rid}: category not snake_case")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errors.append(f"{rid}: legal category should start with hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errors.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t.replace("xxxx", "")) and not re.search(r"08\d\dxxxx", t):
            errors.append(f"{rid}: unmasked phone")
        for mm in re.finditer(r"(?:\+?62|\b0)8[\dx]{2,}[\dx\- ]*", t):
            s = mm.group(0).strip()
            if re.search(r"\d{5,}", s.replace("-", "").replace(" ", "")) and "x" not in s:
                errors.append(f"{rid}: unmasked phone {s}")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen:
            errors.append(f"{rid}: duplicate text of {seen[key]}")
        seen[key] = rid
        if r["label"] == "legal" and not TRADE.search(t):
            errors.append(f"{rid}: legal text without a trade word")
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / max(1, len(recs))
    if not (0.50 <= share <= 0.60):
        errors.append(f"{fname}: legal share {share:.2f}")
    print(f"{fname}: {len(recs)} records, legal {legal} ({share:.0%})")
    all_recs += recs

ill = [r for r in all_recs if r["label"] != "legal"]
avoid = sum(not FAMOUS.search(r["text"]) for r in ill)
print(f"illegal avoiding famous words: {avoid}/{len(ill)} ({avoid/len(ill):.0%})")
if avoid / len(ill) < 0.60:
    errors.append("illegal records avoiding famous words < 60%")
legal_all = sum(r["label"] == "legal" for r in all_recs) / len(all_recs)
if not (0.50 <= legal_all <= 0.60):
    errors.append(f"overall legal share {legal_all:.2f}")

if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
