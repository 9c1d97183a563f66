"""Validate x69b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x69b_longform.jsonl")
N = 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)[\s\-.]?8[\d\s\-.]{7,}")

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N:
        errs.append(f"count {len(recs)} != {N}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if set(ids) != {f"x69b-{i:04d}" for i in range(1, N + 1)}:
        errs.append("ids not exactly x69b-0001..x69b-0150")
    seen = {}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        if list(r["elements"].keys()) != EKEYS:
            errs.append(f"{rid}: element keys {list(r['elements'].keys())}")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "longform":
            errs.append(f"{rid}: style {r['style']}")
        t = r["text"]
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: length {len(t)}")
        nl = [l for l in t.split("\n") if l.strip()]
        if not (2 <= len(nl) <= 15):
            errs.append(f"{rid}: {len(nl)} non-empty lines")
        for k, v in r["elements"].items():
            if v not in (0, 1) or isinstance(v, bool):
                errs.append(f"{rid}: element {k}={v!r}")
        want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
            errs.append(f"{rid}: category not snake_case {r['category']}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal category should start with hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        for m in PHONE.finditer(t):
            if sum(ch.isdigit() for ch in m.group()) >= 9:
                errs.append(f"{rid}: unmasked phone {m.group()!r}")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen:
            errs.append(f"{rid}: duplicate text of {seen[key]}")
        seen[key] = rid
    legal = sum(r.get("label") == "legal" for r in recs)
    share = legal / len(recs) if recs else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAILED ({len(errs)} problems)")
        sys.exit(1)
    print(f"records {len(recs)}, legal {legal} ({share:.1%})")
    print("labels", dict(Counter(r["label"] for r in recs)))
    print("kinds", dict(Counter(r["kind"] for r in recs)))
    print("OK")

if __name__ == "__main__":
    main()
