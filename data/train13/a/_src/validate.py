"""Validate x57a_oneliners.jsonl against the brief's rules. Prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x57a_oneliners.jsonl")
N, PREFIX = 300, "x57a"
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL_KEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
PHONE = re.compile(r"(\+?62|\b0)8\d[\d\s.-]{5,}")  # unmasked Indonesian mobile number

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N:
        errs.append(f"expected {N} records, got {len(recs)}")
    ids, seen = set(), {}
    valid_ids = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if rid not in valid_ids:
            errs.append(f"{rid}: id out of range")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style must be oneliner")
        t = r["text"]
        if not (0 < len(t) <= 160):
            errs.append(f"{rid}: length {len(t)}")
        if "\n" in t or "\r" in t:
            errs.append(f"{rid}: line break in oneliner")
        el = r["elements"]
        if list(el.keys()) != EL_KEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
        want = "illegal_used_import" if all(el.get(k) == 1 for k in EL_KEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != derived {want}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"] or ""):
            errs.append(f"{rid}: category not snake_case")
        if r["category"].startswith("hn_") and r["label"] != "legal":
            errs.append(f"{rid}: hn_ category on a non-legal record")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone number")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen:
            errs.append(f"{rid}: duplicate text of {seen[norm]}")
        seen[norm] = rid
    labels = Counter(r["label"] for r in recs)
    share = labels["legal"] / max(len(recs), 1)
    if not 0.80 <= share <= 0.90:
        errs.append(f"legal share {share:.3f} outside 0.80-0.90")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"records={len(recs)} labels={dict(labels)} legal_share={share:.3f}")
    print("OK")

if __name__ == "__main__":
    main()
