# -*- coding: utf-8 -*-
"""Verify the blind2 fold: fields, values, ids, uniqueness, counts, shares, lengths,
category coverage and the 40% no-keyword rule. Exit code 1 on any failure.

Usage:  python3 check.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FIELDS = ["id", "kind", "text", "label", "category", "style"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"illegal_used_import", "legal"}
LEGAL_CATS = ["new_thrift_style", "new_import_clothing", "own_preloved", "used_nonclothing",
              "other_goods_bulk", "report_complaint", "news_opinion", "moderation_guideline",
              "quiz_tutorial", "donation_school", "tailoring_upcycle", "other_meaning"]
ILLEGAL_OL_TARGET = {  # share of illegal one-liners
    "plain_keyword": 0.15, "evasive_spelling": 0.20, "regional_name": 0.20,
    "port_border_route": 0.15, "market_name": 0.10, "bale_grade": 0.10, "creator_promo": 0.10,
}
KEYWORDS = ("thrift", "bekas", "impor", "import", "bal")  # "import" is covered by "impor"
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
PHONE = re.compile(r"(?<![\dx])(\+62|62|0)8\d[\d\- ]{6,}\d")

failures = []
notes = []


def fail(msg):
    failures.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                fail("%s:%d empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail("%s:%d bad JSON: %s" % (name, n, e))
    return rows


def has_kw(text):
    t = text.lower()
    return any(k in t for k in KEYWORDS)


# rough normaliser, for an informational count only (the rule itself is on raw text)
HOMO = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0456": "i", "\u0406": "i",
                      "\u0405": "s", "\u0408": "j", "\u0421": "c", "\u03b1": "a", "\u03bf": "o",
                      "\u0299": "b", "\u1d00": "a", "\u029f": "l", "|": "l", "0": "o", "1": "i",
                      "3": "e", "4": "a", "!": "i", "@": "a"})


def normalise(text):
    t = unicodedata.normalize("NFKC", text)
    t = "".join(ch for ch in t if unicodedata.category(ch) not in ("Mn", "Cf"))
    t = t.lower().translate(HOMO)
    return re.sub(r"[\s.\-*_]", "", t)


def check_file(name, rows, style, n_expected, id_lo, illegal_share):
    ids = [r.get("id") for r in rows]
    if len(rows) != n_expected:
        fail("%s: %d rows, expected %d" % (name, len(rows), n_expected))
    expected_ids = ["b2-%04d" % i for i in range(id_lo, id_lo + n_expected)]
    if sorted(ids) != expected_ids:
        fail("%s: ids are not exactly %s..%s" % (name, expected_ids[0], expected_ids[-1]))
    if ids == expected_ids:
        notes.append("%s: rows shuffled (fixed seed) before numbering, ids ascend in file order" % name)
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            fail("%s %s: fields %s" % (name, rid, list(r.keys())))
        if r.get("kind") not in KINDS:
            fail("%s %s: kind %r" % (name, rid, r.get("kind")))
        if r.get("label") not in LABELS:
            fail("%s %s: label %r" % (name, rid, r.get("label")))
        if r.get("style") != style:
            fail("%s %s: style %r" % (name, rid, r.get("style")))
        if not isinstance(r.get("category"), str) or not SNAKE.match(r["category"]):
            fail("%s %s: category %r not snake_case" % (name, rid, r.get("category")))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            fail("%s %s: empty text" % (name, rid))
            continue
        if t != t.strip():
            fail("%s %s: leading/trailing whitespace" % (name, rid))
        if PHONE.search(t):
            fail("%s %s: unmasked phone number" % (name, rid))
        if style == "oneliner":
            if "\n" in t or "\r" in t:
                fail("%s %s: newline in one-liner" % (name, rid))
            if len(t) > 140:
                fail("%s %s: one-liner has %d chars (>140)" % (name, rid, len(t)))
        else:
            lines = t.split("\n")
            if not 3 <= len(lines) <= 15:
                fail("%s %s: %d lines (need 3-15)" % (name, rid, len(lines)))
            if not 150 <= len(t) <= 1200:
                fail("%s %s: %d chars (need 150-1200)" % (name, rid, len(t)))
            if any(not ln.strip() for ln in lines):
                fail("%s %s: blank line inside long-form text" % (name, rid))
    lab = Counter(r.get("label") for r in rows)
    n_ill = round(n_expected * illegal_share)
    if lab["illegal_used_import"] != n_ill or lab["legal"] != n_expected - n_ill:
        fail("%s: label counts %s, expected %d/%d" % (name, dict(lab), n_ill, n_expected - n_ill))
    return lab


def main():
    one = load("oneliners.jsonl")
    lf = load("longform.jsonl")

    lab1 = check_file("oneliners.jsonl", one, "oneliner", 400, 1, 0.45)
    lab2 = check_file("longform.jsonl", lf, "longform", 250, 1001, 0.40)

    # unique ids and texts across both files (exact, and after whitespace/case folding)
    all_rows = one + lf
    c_id = Counter(r["id"] for r in all_rows)
    for k, v in c_id.items():
        if v > 1:
            fail("duplicate id %s" % k)
    c_txt = Counter(r["text"] for r in all_rows)
    for k, v in c_txt.items():
        if v > 1:
            fail("duplicate text: %r" % k[:80])
    c_norm = Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in all_rows)
    for k, v in c_norm.items():
        if v > 1:
            fail("near-duplicate text (case/space): %r" % k[:80])

    # illegal one-liner category spread
    ill1 = [r for r in one if r["label"] == "illegal_used_import"]
    c_ill = Counter(r["category"] for r in ill1)
    for cat, share in ILLEGAL_OL_TARGET.items():
        want = round(len(ill1) * share)
        if c_ill[cat] != want:
            fail("illegal one-liners: %s has %d, expected %d (%.0f%%)" % (cat, c_ill[cat], want, share * 100))
    extra = set(c_ill) - set(ILLEGAL_OL_TARGET)
    if extra:
        fail("illegal one-liners: unexpected categories %s" % sorted(extra))

    # 40% no-keyword rule (raw text, case-insensitive substrings)
    nokw = [r for r in ill1 if not has_kw(r["text"])]
    share_nokw = len(nokw) / len(ill1)
    if share_nokw < 0.40:
        fail("no-keyword illegal one-liners: %.1f%% < 40%%" % (share_nokw * 100))
    nokw_norm = [r for r in ill1 if not any(k in normalise(r["text"]) for k in KEYWORDS)]

    # legal category coverage
    # NOTE: the brief asks for >=20 one-liners per legal category AND 55% legal one-liners
    # (= 220). 12 categories x 20 = 240 > 220, so both cannot hold; the label share is kept
    # and the floor is 18 per category (220 = 4x19 + 8x18). See README.
    leg1 = Counter(r["category"] for r in one if r["label"] == "legal")
    leg2 = Counter(r["category"] for r in lf if r["label"] == "legal")
    for cat in LEGAL_CATS:
        if leg1[cat] < 18:
            fail("legal one-liners: %s has %d (<18)" % (cat, leg1[cat]))
        if leg2[cat] < 12:
            fail("legal long-form: %s has %d (<12)" % (cat, leg2[cat]))
    for cat in set(leg1) | set(leg2):
        if cat not in LEGAL_CATS:
            fail("unexpected legal category %s" % cat)

    # report
    print("oneliners.jsonl: %d rows, labels %s" % (len(one), dict(lab1)))
    print("longform.jsonl:  %d rows, labels %s" % (len(lf), dict(lab2)))
    print("illegal one-liner categories: %s" % dict(sorted(c_ill.items())))
    print("illegal long-form categories: %s" % dict(sorted(Counter(
        r["category"] for r in lf if r["label"] == "illegal_used_import").items())))
    print("legal one-liner categories:   %s" % dict(sorted(leg1.items())))
    print("legal long-form categories:   %s" % dict(sorted(leg2.items())))
    print("no-keyword illegal one-liners (raw): %d/%d = %.1f%% (rule: >=40%%)"
          % (len(nokw), len(ill1), share_nokw * 100))
    print("  ... still keyword-free after rough de-obfuscation: %d/%d = %.1f%% (info)"
          % (len(nokw_norm), len(ill1), 100 * len(nokw_norm) / len(ill1)))
    ill2 = [r for r in lf if r["label"] == "illegal_used_import"]
    print("no-keyword illegal long-form (raw, info): %d/%d" % (sum(not has_kw(r["text"]) for r in ill2), len(ill2)))
    leg_all = [r for r in all_rows if r["label"] == "legal"]
    print("legal texts containing a keyword substring (hard negatives, info): %d/%d"
          % (sum(has_kw(r["text"]) for r in leg_all), len(leg_all)))
    l1 = [len(r["text"]) for r in one]
    l2 = [len(r["text"]) for r in lf]
    print("one-liner length: min %d, max %d, mean %.0f" % (min(l1), max(l1), sum(l1) / len(l1)))
    print("long-form length: min %d, max %d, mean %.0f; lines %d-%d" % (
        min(l2), max(l2), sum(l2) / len(l2),
        min(r["text"].count("\n") + 1 for r in lf), max(r["text"].count("\n") + 1 for r in lf)))
    print("kinds one-liner: %s" % dict(sorted(Counter(r["kind"] for r in one).items())))
    print("kinds long-form: %s" % dict(sorted(Counter(r["kind"] for r in lf).items())))
    for n in notes:
        print("note:", n)
    if failures:
        print("\nFAILED (%d):" % len(failures))
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
