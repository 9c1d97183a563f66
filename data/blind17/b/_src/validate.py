"""Validate x27b_longform.jsonl against the brief. Prints OK on success."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x27b_longform.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELEMS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
ID_LO, ID_HI = 1, 150
# phone-like digit runs that are not masked (0812xxxx is fine)
PHONE = re.compile(r"(?:\+62|\b62|\b0)8\d[\d\s.-]{5,}\d")
# famous words that illegal records in this set must avoid (past the keyword filter)
FAMOUS = re.compile(
    r"\bbekas\b|\bsecond\b|\bseken\b|thrift|preloved|\bbal\b|ballpress|balpres|karungan|"
    r"impor|import|bundle|cakar|monza|awul|hidden gem|\b2nd\b", re.I)


def main():
    errs = []
    seen_ids, seen_txt = set(), set()
    labels, cats, kinds = Counter(), Counter(), Counter()
    n = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                errs.append("line %d: bad json %s" % (ln, e))
                continue
            rid = r.get("id")
            if list(r.keys()) != KEYS:
                errs.append("%s: key order %s" % (rid, list(r.keys())))
            m = re.fullmatch(r"x27b(\d{4})", str(rid))
            if not m or not (ID_LO <= int(m.group(1)) <= ID_HI):
                errs.append("%s: id out of range" % rid)
            if rid in seen_ids:
                errs.append("%s: duplicate id" % rid)
            seen_ids.add(rid)
            if r.get("kind") not in KINDS:
                errs.append("%s: bad kind" % rid)
            if r.get("style") != "longform":
                errs.append("%s: style must be longform" % rid)
            t = r.get("text", "")
            lines = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500):
                errs.append("%s: length %d" % (rid, len(t)))
            if not (2 <= len(lines) <= 15):
                errs.append("%s: %d non-empty lines" % (rid, len(lines)))
            el = r.get("elements", {})
            if list(el.keys()) != ELEMS or any(el[k] not in (0, 1) for k in ELEMS):
                errs.append("%s: bad elements %s" % (rid, el))
                continue
            want = "illegal_used_import" if all(el[k] == 1 for k in ELEMS) else "legal"
            if r.get("label") != want:
                errs.append("%s: label %s should be %s" % (rid, r.get("label"), want))
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", str(r.get("category"))):
                errs.append("%s: category not snake_case" % rid)
            if want == "legal" and el == {"offer": 1, "used": 1, "clothing": 1, "abroad": 1}:
                errs.append("%s: impossible" % rid)
            if want == "illegal_used_import" and r["category"].startswith("hn_"):
                errs.append("%s: hn_ category on illegal record" % rid)
            if want == "legal" and not r["category"].startswith("hn_"):
                errs.append("%s: legal record category should start with hn_" % rid)
            if PHONE.search(t):
                errs.append("%s: unmasked phone %r" % (rid, PHONE.search(t).group(0)))
            if want == "illegal_used_import" and FAMOUS.search(t):
                errs.append("%s: illegal record uses famous word %r" % (rid, FAMOUS.search(t).group(0)))
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in seen_txt:
                errs.append("%s: duplicate text" % rid)
            seen_txt.add(norm)
            labels[want] += 1
            cats[r["category"]] += 1
            kinds[r["kind"]] += 1
    share = labels["legal"] / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append("legal share %.3f outside 50-60%%" % share)
    if errs:
        print("\n".join(errs))
        print("FAIL: %d problems" % len(errs))
        sys.exit(1)
    print("labels:", dict(labels))
    print("kinds:", dict(sorted(kinds.items())))
    print("categories:", dict(sorted(cats.items())))
    print("OK: %d records, legal share %.1f%%" % (n, 100 * share))


if __name__ == "__main__":
    main()
