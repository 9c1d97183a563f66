"""Validate x42b_longform.jsonl. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x42b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)\s?-?8\d(?:[\s.-]?\d){6,}")

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != 120:
        errs.append("expected 120 records, got %d" % len(recs))
    want = {"x42b%04d" % i for i in range(1, 121)}
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    if set(ids) - want: errs.append("ids out of range: %s" % sorted(set(ids) - want))
    seen = {}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append("%s key order %s" % (rid, list(r.keys())))
        if r["kind"] not in KINDS: errs.append("%s bad kind" % rid)
        if r["style"] != "longform": errs.append("%s style not longform" % rid)
        t = r["text"]
        if not (150 <= len(t) <= 1500): errs.append("%s length %d" % (rid, len(t)))
        lines = [x for x in t.split("\n") if x.strip()]
        if not (2 <= len(lines) <= 15): errs.append("%s %d non-empty lines" % (rid, len(lines)))
        el = r["elements"]
        if list(el.keys()) != ELS: errs.append("%s element keys" % rid)
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append("%s element not 0/1" % rid)
        lab = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
        if r["label"] != lab: errs.append("%s label mismatch" % rid)
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append("%s category not snake_case" % rid)
        if r["label"] == "legal" and el != {"offer":1,"used":1,"clothing":1,"abroad":1} and not r["category"].startswith("hn_"):
            errs.append("%s legal category without hn_" % rid)
        if PHONE.search(t): errs.append("%s unmasked phone: %s" % (rid, PHONE.search(t).group()))
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen: errs.append("%s duplicate text of %s" % (rid, seen[norm]))
        seen[norm] = rid
    n_leg = sum(r["label"] == "legal" for r in recs)
    share = n_leg / max(len(recs), 1)
    if not (0.65 <= share <= 0.75): errs.append("legal share %.3f" % share)
    print(Counter(r["label"] for r in recs), "legal share %.3f" % share)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
