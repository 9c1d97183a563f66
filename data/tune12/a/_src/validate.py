"""Validate x16a_oneliners.jsonl against the brief's rules. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x16a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
ID_RE = re.compile(r"^x16a-(\d{4})$")
LO, HI = 1, 300
# any run of 8+ digits (optionally with separators) that looks like a phone number is unmasked
PHONE_RE = re.compile(r"(?:\+62\s?|62|0)8[\d\s\-\.]{7,}")
MASK_RE = re.compile(r"(?:\+62|0)8\d{2}x{2,}", re.I)

def main():
    errs = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {n}: bad json {e}")
    ids, texts = set(), {}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        m = ID_RE.match(str(rid))
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r.get("kind") not in KINDS:
            errs.append(f"{rid}: bad kind")
        if r.get("style") != "oneliner":
            errs.append(f"{rid}: style must be oneliner")
        t = r.get("text", "")
        if not t or len(t) > 160 or "\n" in t or "\r" in t:
            errs.append(f"{rid}: length/linebreak ({len(t)})")
        if t != t.strip():
            errs.append(f"{rid}: surrounding whitespace")
        el = r.get("elements", {})
        if list(el.keys()) != ELS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in ELS):
            errs.append(f"{rid}: bad elements {el}")
            continue
        want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
        if r.get("label") != want:
            errs.append(f"{rid}: label {r.get('label')} != {want}")
        cat = r.get("category", "")
        if not re.match(r"^[a-z][a-z0-9_]*$", cat):
            errs.append(f"{rid}: category not snake_case")
        if want == "illegal_used_import" and cat.startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if want == "legal" and not cat.startswith("hn_"):
            errs.append(f"{rid}: legal record without hn_ category")
        if PHONE_RE.search(t):
            errs.append(f"{rid}: unmasked phone-like number")
        if re.search(r"08\d{2}x", t, re.I) and not MASK_RE.search(t):
            errs.append(f"{rid}: odd mask")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in texts:
            errs.append(f"{rid}: duplicate text of {texts[key]}")
        texts[key] = rid
    if len(recs) != HI - LO + 1:
        errs.append(f"record count {len(recs)} != {HI - LO + 1}")
    legal = sum(r.get("label") == "legal" for r in recs)
    share = legal / max(1, len(recs))
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs)); print(f"{len(errs)} problem(s)"); sys.exit(1)
    print(f"records={len(recs)} legal={legal} ({share:.1%})")
    print("labels", dict(Counter(r["label"] for r in recs)))
    print("kinds", dict(Counter(r["kind"] for r in recs)))
    print("categories", dict(sorted(Counter(r["category"] for r in recs).items())))
    pats = Counter(tuple(r["elements"][k] for k in ELS) for r in recs if r["label"] == "legal")
    print("legal element patterns (offer,used,clothing,abroad)", dict(sorted(pats.items())))
    print("OK")

if __name__ == "__main__":
    main()
