"""Validate x64b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x64b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 150
PHONE = re.compile(r"(?:\+62|62|0)8\d[\d\s.-]{5,}")

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N:
        errs.append(f"count {len(recs)} != {N}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    valid_ids = {f"x64b-{i:04d}" for i in range(1, N + 1)}
    for r in recs:
        rid = r.get("id")
        if rid not in valid_ids:
            errs.append(f"{rid}: id out of range")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: keys/order {list(r.keys())}")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
        exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != exp:
            errs.append(f"{rid}: label {r['label']} != {exp}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category not snake_case")
        if r["label"] == "legal" and el != {k: 1 for k in EKEYS} and not r["category"].startswith("hn_"):
            pass  # legal records need not all be hard negatives
        if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        t = r["text"]
        if r["style"] == "longform":
            lines = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500):
                errs.append(f"{rid}: longform length {len(t)}")
            if not (2 <= len(lines) <= 15):
                errs.append(f"{rid}: longform lines {len(lines)}")
        elif r["style"] == "oneliner":
            if len(t) > 160 or "\n" in t:
                errs.append(f"{rid}: oneliner too long or multi-line")
        else:
            errs.append(f"{rid}: bad style {r['style']}")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
        for m in re.finditer(r"0812\S*", t):
            if not m.group().startswith("0812xxxx"):
                errs.append(f"{rid}: phone not masked as 0812xxxx")
    norm = Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in recs)
    for t, c in norm.items():
        if c > 1:
            errs.append(f"duplicate text: {t[:60]}")
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / len(recs) if recs else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"OK ({len(recs)} records, legal share {share:.3f})")

if __name__ == "__main__":
    main()
