"""Validate x31a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x31a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (word-start match; 'bal' as a whole word)
FAMOUS = [r"\bbekas", r"\bsecond", r"\bseken", r"thrift", r"pre-?loved", r"\bbal\b", r"ball?-?press", r"balpres",
          r"karungan", r"\bimpor", r"\bimport", r"bundle", r"cakar", r"monza", r"monja", r"awul", r"hidden gem", r"bongkar bal"]
PHONE = re.compile(r"(\+?62|\b0)8\d{2}[\d\s-]{4,}")

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != 300:
        errs.append("expected 300 records, got %d" % len(recs))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    want = {"x31a%04d" % i for i in range(1, 301)}
    if set(ids) - want:
        errs.append("ids out of range: %s" % sorted(set(ids) - want)[:5])
    seen = {}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append("%s key order %s" % (rid, list(r.keys())))
            continue
        if list(r["elements"].keys()) != EKEYS:
            errs.append("%s element keys" % rid)
        if r["kind"] not in KINDS:
            errs.append("%s bad kind %s" % (rid, r["kind"]))
        if r["style"] != "oneliner":
            errs.append("%s style" % rid)
        t = r["text"]
        if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
            errs.append("%s length/linebreak (%d chars)" % (rid, len(t)))
        for k, v in r["elements"].items():
            if v not in (0, 1) or isinstance(v, bool):
                errs.append("%s element %s=%r" % (rid, k, v))
        lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
        if r["label"] != lab:
            errs.append("%s label mismatch" % rid)
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
            errs.append("%s category not snake_case" % rid)
        if lab == "legal" and not r["category"].startswith("hn_"):
            errs.append("%s legal category must start with hn_" % rid)
        if lab != "legal" and r["category"].startswith("hn_"):
            errs.append("%s illegal record with hn_ category" % rid)
        if PHONE.search(t):
            errs.append("%s unmasked phone: %s" % (rid, PHONE.search(t).group(0)))
        if lab != "legal":
            low = t.lower()
            for pat in FAMOUS:
                if re.search(pat, low):
                    errs.append("%s illegal record uses famous word /%s/" % (rid, pat))
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen:
            errs.append("%s duplicate text of %s" % (rid, seen[norm]))
        seen[norm] = rid
    labels = Counter(r["label"] for r in recs)
    share = labels["legal"] / max(1, len(recs))
    if not 0.50 <= share <= 0.60:
        errs.append("legal share %.3f outside 50-60%%" % share)
    if errs:
        print("\n".join(errs))
        print("FAIL (%d problems)" % len(errs))
        sys.exit(1)
    print("labels:", dict(labels), "legal share %.3f" % share)
    print("OK")

if __name__ == "__main__":
    main()
