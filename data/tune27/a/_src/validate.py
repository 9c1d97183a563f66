"""Validate x49a_oneliners.jsonl against the brief; prints OK when all checks pass."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x49a_oneliners.jsonl")
PREFIX, LO, HI, N = "x49a", 1, 250, 250
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\s.\-]{5,}")
CAT = re.compile(r"^[a-z][a-z0-9_]*$")


def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N:
        errs.append(f"expected {N} records, got {len(recs)}")
    ids, texts = set(), set()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        m = re.fullmatch(PREFIX + r"(\d{4})", rid or "")
        if not m or not LO <= int(m.group(1)) <= HI:
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        t = r["text"]
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style {r['style']}")
        if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
            errs.append(f"{rid}: oneliner length/linebreak ({len(t)})")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if not CAT.match(r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
            errs.append(f"{rid}: elements {el}")
            continue
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            # legal records are all hard negatives in this set
            errs.append(f"{rid}: legal category without hn_ prefix")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone number")
        for ph in re.findall(r"08\d\d\S*", t):
            if not re.fullmatch(r"08\d\dx{3,}\W*", ph):
                errs.append(f"{rid}: phone not masked as 08xxxxxx: {ph}")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in texts:
            errs.append(f"{rid}: duplicate text")
        texts.add(norm)
    labels = Counter(r["label"] for r in recs)
    share = labels["legal"] / max(len(recs), 1)
    if not 0.70 <= share <= 0.80:
        errs.append(f"legal share {share:.3f} outside 70-80%")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(dict(labels), f"legal share {share:.3f}")
    print("OK")


if __name__ == "__main__":
    main()
