"""Validate x14b_longform.jsonl against the brief's rules. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x14b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {"x14b-%04d" % i for i in range(1, 151)}
# any phone-like run of digits: 08.. or +62/62 8.. with 6+ more digits (unmasked)
PHONE = re.compile(r"(?:\+?62|0)\s?8[\d\s\-]{6,}")


def main():
    errs = []
    seen_ids, seen_texts = set(), set()
    labels, cats, kinds = Counter(), Counter(), Counter()
    n = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            r = json.loads(line)
            rid = r.get("id")
            if list(r.keys()) != KEYS:
                errs.append(f"{ln}: key order {list(r.keys())}")
            if rid not in VALID_IDS:
                errs.append(f"{ln}: id out of range {rid}")
            if rid in seen_ids:
                errs.append(f"{ln}: duplicate id {rid}")
            seen_ids.add(rid)
            if r["kind"] not in KINDS:
                errs.append(f"{rid}: bad kind {r['kind']}")
            if r["style"] != "longform":
                errs.append(f"{rid}: style {r['style']}")
            t = r["text"]
            if not (150 <= len(t) <= 1500):
                errs.append(f"{rid}: length {len(t)}")
            nl = [x for x in t.split("\n") if x.strip()]
            if not (2 <= len(nl) <= 15):
                errs.append(f"{rid}: non-empty lines {len(nl)}")
            el = r["elements"]
            if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
                errs.append(f"{rid}: elements {el}")
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want:
                errs.append(f"{rid}: label {r['label']} != {want}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
                errs.append(f"{rid}: category {r['category']}")
            if want == "legal" and not r["category"].startswith("hn_"):
                errs.append(f"{rid}: legal record category without hn_ {r['category']}")
            if want != "legal" and r["category"].startswith("hn_"):
                errs.append(f"{rid}: illegal record with hn_ category")
            if PHONE.search(t):
                errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)!r}")
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in seen_texts:
                errs.append(f"{rid}: duplicate text")
            seen_texts.add(norm)
            labels[r["label"]] += 1
            cats[r["category"]] += 1
            kinds[r["kind"]] += 1
    if n == 0:
        errs.append("no records")
    else:
        share = labels["legal"] / n
        if not (0.50 <= share <= 0.60):
            errs.append(f"legal share {share:.3f}")
    if "-v" in sys.argv:
        print(n, dict(labels))
        print(dict(sorted(kinds.items())))
        for c, k in sorted(cats.items()):
            print(f"  {c}: {k}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
