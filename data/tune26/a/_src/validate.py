"""Check x48a_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x48a_oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
N, PREFIX = 300, "x48a"


def main():
    errs = []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(rows) != N:
        errs.append(f"expected {N} records, got {len(rows)}")
    valid_ids = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    seen = {}
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        if rid not in valid_ids:
            errs.append(f"{rid}: id out of range")
        t = r["text"]
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style {r['style']}")
        if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
            errs.append(f"{rid}: length/line break ({len(t)} chars)")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        e = r["elements"]
        if list(e.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in e.values()):
            errs.append(f"{rid}: elements {e}")
            continue
        want = "illegal_used_import" if all(e.values()) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal record category without hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        digits = re.sub(r"[\s.\-]", "", t)
        if re.search(r"(\+62|0)8\d{5,}", digits) or re.search(r"\d{8,}", digits):
            errs.append(f"{rid}: unmasked phone-like number")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen:
            errs.append(f"{rid}: duplicate text of {seen[key]}")
        seen[key] = rid
    share = Counter(r["label"] for r in rows)["legal"] / max(len(rows), 1)
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
