"""Validate x52a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x52a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 300
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\s\-.]{5,}")

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N:
        errs.append(f"expected {N} records, got {len(recs)}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    valid_ids = {f"x52a-{i:04d}" for i in range(1, N + 1)}
    seen_texts = {}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        if rid not in valid_ids:
            errs.append(f"{rid}: id out of range")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style {r['style']}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{rid}: empty text")
        if len(t) > 160:
            errs.append(f"{rid}: {len(t)} chars > 160")
        if "\n" in t or "\r" in t:
            errs.append(f"{rid}: line break in one-liner")
        el = r["elements"]
        if list(el.keys()) != EKEYS:
            errs.append(f"{rid}: element keys {list(el.keys())}")
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: element not 0/1")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != derived {want}")
        cat = r["category"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
            errs.append(f"{rid}: category not snake_case")
        if cat.startswith("hn_") and r["label"] != "legal":
            errs.append(f"{rid}: hn_ category on illegal record")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone number")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen_texts:
            errs.append(f"{rid}: duplicate text of {seen_texts[norm]}")
        seen_texts[norm] = rid
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / max(len(recs), 1)
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
    print(f"records={len(recs)} legal={legal} ({share:.1%}) illegal={len(recs)-legal}")
    print("labels", dict(Counter(r["label"] for r in recs)))
    print("kinds", dict(Counter(r["kind"] for r in recs)))
    print("OK")

if __name__ == "__main__":
    main()
