"""Validate the blind5 evaluation fold. Exit code 0 when valid."""
import json
import os
import re
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"illegal_used_import", "legal"}
ILLEGAL_CATS = {"plain_offer", "evasive_spelling", "regional_code_word", "market_name_offer",
                "port_route_offer", "bale_grade_wholesale", "live_bongkar_bal", "haul_to_shop",
                "reseller_recruitment", "seller_bio", "comment_reply_offer", "buried_offer"}
LEGAL_CATS = {"new_thrift_style", "new_import_clothing", "own_preloved", "complaint_report",
              "buyer_question", "news_report", "official_statement", "opinion",
              "platform_guideline", "charity_donation_swap", "upcycling_tailoring_laundry",
              "other_goods_per_bale", "used_nonclothing_import", "other_meaning"}
RW_CATS = {"realworld_tweet", "realworld_review", "realworld_news"}
FAMOUS = re.compile(r"thrift|bekas\s+impor|\bbal\b|ballpress|karungan|cakar|monza|awul-awul", re.I)
PHONE = re.compile(r"(?<![\d.,])(?:\+?62|0)\s?8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{2,5}(?![\d])")

SPEC = {
    "oneliners.jsonl": dict(style="oneliner", n=400, first=1, ill=0.45),
    "longform.jsonl": dict(style="longform", n=250, first=1001, ill=0.40),
}

errors = []


def err(msg):
    errors.append(msg)


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    if len(words) < 4:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def main():
    all_recs = []
    for fname, spec in SPEC.items():
        path = os.path.join(OUT, fname)
        recs = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except Exception as e:  # noqa: BLE001
                    err("%s:%d bad json %s" % (fname, ln, e))
                    continue
                recs.append(r)
        if len(recs) != spec["n"]:
            err("%s: %d records, expected %d" % (fname, len(recs), spec["n"]))
        for i, r in enumerate(recs):
            where = "%s:%s" % (fname, r.get("id"))
            if list(r.keys()) != KEYS:
                err("%s key order %s" % (where, list(r.keys())))
                continue
            if r["id"] != "b5-%04d" % (spec["first"] + i):
                err("%s id not sequential (position %d)" % (where, i))
            if r["kind"] not in KINDS:
                err("%s bad kind %s" % (where, r["kind"]))
            if r["label"] not in LABELS:
                err("%s bad label" % where)
            if r["style"] != spec["style"]:
                err("%s bad style" % where)
            e = r["elements"]
            if not isinstance(e, dict) or list(e.keys()) != EKEYS:
                err("%s bad element keys" % where)
                continue
            if any(v not in (0, 1) or isinstance(v, bool) for v in e.values()):
                err("%s element values must be 0/1 ints" % where)
            want = "illegal_used_import" if all(e[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want:
                err("%s label != AND of elements" % where)
            c = r["category"]
            if c in ILLEGAL_CATS and r["label"] != "illegal_used_import":
                err("%s illegal category with legal label" % where)
            elif c in LEGAL_CATS and r["label"] != "legal":
                err("%s legal category with illegal label" % where)
            elif c not in ILLEGAL_CATS | LEGAL_CATS | RW_CATS:
                err("%s unknown category %s" % (where, c))
            t = r["text"]
            if not isinstance(t, str) or t != t.strip():
                err("%s text not stripped" % where)
            if spec["style"] == "oneliner":
                if "\n" in t or "\r" in t:
                    err("%s oneliner has a line break" % where)
                if len(t) > 160 or len(t) < 10:
                    err("%s oneliner length %d" % (where, len(t)))
            else:
                nl = len([x for x in t.split("\n") if x.strip()])
                if not 150 <= len(t) <= 2000:
                    err("%s longform length %d" % (where, len(t)))
                if not 2 <= nl <= 20:
                    err("%s longform lines %d" % (where, nl))
            if PHONE.search(t):
                err("%s unmasked phone number: %s" % (where, PHONE.search(t).group(0)))
        # per-file distribution checks
        n = len(recs)
        ill = sum(r.get("label") == "illegal_used_import" for r in recs)
        if abs(ill / n - spec["ill"]) > 0.03:
            err("%s illegal share %.3f, expected about %.2f" % (fname, ill / n, spec["ill"]))
        cats = Counter(r.get("category") for r in recs)
        for c in ILLEGAL_CATS | LEGAL_CATS | RW_CATS:
            if cats[c] == 0:
                err("%s category %s missing" % (fname, c))
        rw = sum(cats[c] for c in RW_CATS)
        if not 0.12 <= rw / n <= 0.18:
            err("%s realworld share %.3f" % (fname, rw / n))
        rw_labels = {r["label"] for r in recs if r.get("category") in RW_CATS}
        if rw_labels != LABELS:
            err("%s realworld records do not span both labels" % fname)
        lesser = sum(1 for r in recs if r.get("label") == "illegal_used_import"
                     and not FAMOUS.search(r["text"]))
        if lesser < 25:
            err("%s only %d illegal records without famous trade words" % (fname, lesser))
        print("%s: %d records, %d illegal, %d realworld, %d illegal without famous words"
              % (fname, n, ill, rw, lesser))
        all_recs.extend(recs)

    # uniqueness and near-duplicates across both files
    texts = Counter(r["text"] for r in all_recs)
    for t, k in texts.items():
        if k > 1:
            err("duplicate text: %r" % t[:80])
    ids = Counter(r["id"] for r in all_recs)
    for i, k in ids.items():
        if k > 1:
            err("duplicate id %s" % i)
    sh = [(r["id"], shingles(r["text"])) for r in all_recs]
    worst = 0.0
    for (ia, a), (ib, b) in combinations(sh, 2):
        if not a or not b:
            continue
        inter = len(a & b)
        if not inter:
            continue
        j = inter / len(a | b)
        worst = max(worst, j)
        if j > 0.5:
            err("near-duplicate %s ~ %s (jaccard %.2f)" % (ia, ib, j))
    print("max word-4-gram Jaccard across both files: %.3f" % worst)

    if errors:
        for e in errors:
            print("ERROR:", e)
        print("INVALID (%d errors)" % len(errors))
        sys.exit(1)
    print("VALID")


if __name__ == "__main__":
    main()
