#!/usr/bin/env python3
"""Validate ../oneliners.jsonl. Exit code 0 = all checks passed, 1 = failures.

Checks: JSON validity and exact field set; id format/uniqueness/completeness; kind/style/
category/label values; element dict shape and label <-> elements consistency; text is a
non-empty single line <= 140 chars; unique texts (exact and case/space-normalised);
total and per-label counts; illegal subtype shares; legal subtypes >= 25 each; the
"no keyword" rule (>= 35% of illegal rows contain none of thrift/bekas/impor/import/bal,
case-insensitive); bale_vocab rows contain no keyword; phone numbers masked; and that
the file equals a fresh in-memory rebuild from the sources.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PATH = os.path.join(os.path.dirname(HERE), "oneliners.jsonl")

ILL = "illegal_used_import"
LEG = "legal"
FIELDS = {"id", "kind", "text", "label", "category", "style", "elements"}
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
EKEYS = ("offer", "used", "clothing", "abroad")
ILL_TARGET = {  # share of illegal rows
    "plain_keyword": 0.15, "evasive_spelling": 0.20, "code_word_regional": 0.20,
    "port_route": 0.15, "market_name": 0.10, "bale_vocab": 0.10, "creator_promo": 0.10,
}
LEG_CATS = {"new_thrift_style", "new_import_clothing", "own_preloved", "used_nonclothing",
            "other_goods_bulk", "report_complaint", "news_opinion", "moderation_guideline",
            "quiz_tutorial", "donation_school", "tailoring_upcycle", "other_meaning"}
KEYWORDS = ("thrift", "bekas", "impor", "import", "bal")
N_TOTAL = 800
MAX_LEN = 140

errors = []


def err(msg):
    errors.append(msg)


def has_kw(text):
    t = text.lower()
    return any(k in t for k in KEYWORDS)


def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.endswith("\n"):
                err("line %d: missing trailing newline" % ln)
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: bad JSON: %s" % (ln, e))
    # --- per-row checks
    ids, texts, norm = set(), collections.Counter(), collections.Counter()
    for i, r in enumerate(rows, 1):
        where = "row %d (%s)" % (i, r.get("id"))
        if set(r) != FIELDS:
            err("%s: fields %s" % (where, sorted(r)))
            continue
        if not re.fullmatch(r"t2-\d{4}", r["id"]):
            err("%s: bad id" % where)
        if r["id"] in ids:
            err("%s: duplicate id" % where)
        ids.add(r["id"])
        if r["kind"] not in KINDS:
            err("%s: bad kind %r" % (where, r["kind"]))
        if r["style"] != "oneliner":
            err("%s: bad style" % where)
        if r["label"] not in (ILL, LEG):
            err("%s: bad label" % where)
        if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", r["category"]):
            err("%s: category not snake_case" % where)
        if r["label"] == ILL and r["category"] not in ILL_TARGET:
            err("%s: illegal row with category %s" % (where, r["category"]))
        if r["label"] == LEG and r["category"] not in LEG_CATS:
            err("%s: legal row with category %s" % (where, r["category"]))
        el = r["elements"]
        if not isinstance(el, dict) or set(el) != set(EKEYS) or \
                any(type(el[k]) is not int or el[k] not in (0, 1) for k in EKEYS):
            err("%s: bad elements %r" % (where, el))
        else:
            all1 = all(el[k] == 1 for k in EKEYS)
            if all1 != (r["label"] == ILL):
                err("%s: label %s inconsistent with elements %r" % (where, r["label"], el))
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            err("%s: empty text" % where)
            continue
        if "\n" in t or "\r" in t or "\u2028" in t or "\u2029" in t:
            err("%s: text has a line break" % where)
        if len(t) > MAX_LEN:
            err("%s: text longer than %d (%d)" % (where, MAX_LEN, len(t)))
        if t != t.strip():
            err("%s: leading/trailing whitespace" % where)
        if re.search(r"(?<![\dx])08\d{6,}", t) or re.search(r"\+62\s?8\d{6,}", t):
            err("%s: unmasked phone number" % where)
        texts[t] += 1
        norm[re.sub(r"\s+", " ", t.casefold()).strip()] += 1
    for t, c in texts.items():
        if c > 1:
            err("duplicate text x%d: %r" % (c, t))
    for t, c in norm.items():
        if c > 1:
            err("near-duplicate (case/space) text x%d: %r" % (c, t))
    expected_ids = {"t2-%04d" % i for i in range(1, N_TOTAL + 1)}
    if ids != expected_ids:
        err("ids are not exactly t2-0001..t2-%04d" % N_TOTAL)
    # --- counts
    n = len(rows)
    ill = [r for r in rows if r.get("label") == ILL]
    leg = [r for r in rows if r.get("label") == LEG]
    if n != N_TOTAL:
        err("total rows %d != %d" % (n, N_TOTAL))
    share = len(ill) / n if n else 0
    if abs(share - 0.45) > 0.01:
        err("illegal share %.3f not ~0.45" % share)
    ic = collections.Counter(r["category"] for r in ill)
    lc = collections.Counter(r["category"] for r in leg)
    for c, s in ILL_TARGET.items():
        got = ic[c] / len(ill) if ill else 0
        if abs(got - s) > 0.02:
            err("illegal subtype %s share %.3f (target %.2f)" % (c, got, s))
    for c in sorted(LEG_CATS):
        if lc[c] < 25:
            err("legal subtype %s has %d rows (< 25)" % (c, lc[c]))
    nokw = [r for r in ill if not has_kw(r["text"])]
    nokw_share = len(nokw) / len(ill) if ill else 0
    if nokw_share < 0.35:
        err("no-keyword illegal share %.3f < 0.35" % nokw_share)
    for r in ill:
        if r["category"] == "bale_vocab" and has_kw(r["text"]):
            err("bale_vocab row contains a keyword: %s %r" % (r["id"], r["text"]))
    leg_kw = sum(has_kw(r["text"]) for r in leg)
    trade_words = ("thrift", "bal", "karung", "impor", "import", "bekas", "cakar", "monza",
                   "batam", "senen", "lelong", "awul", "burjer", "roma", "cimol", "koli",
                   "goni", "grade", "segel", "gedebage", "tawau", "rb", "pj", "bj")
    leg_trade = sum(any(w in r["text"].lower() for w in trade_words) for r in leg)
    # --- reproducibility
    try:
        import build
        if build.make_rows() != rows:
            err("file differs from a fresh rebuild of the sources (run build.py)")
    except Exception as e:  # pragma: no cover
        err("could not rebuild from sources: %s" % e)
    # --- report
    kinds = collections.Counter(r["kind"] for r in rows)
    print("file: %s" % PATH)
    print("rows: %d   illegal: %d (%.1f%%)   legal: %d (%.1f%%)" % (
        n, len(ill), 100 * share, len(leg), 100 * len(leg) / n if n else 0))
    print("illegal subtypes:")
    for c in ILL_TARGET:
        print("  %-22s %4d  (%.1f%%, target %.0f%%)" % (c, ic[c], 100 * ic[c] / len(ill), 100 * ILL_TARGET[c]))
    print("legal subtypes:")
    for c in sorted(LEG_CATS):
        print("  %-22s %4d" % (c, lc[c]))
    print("illegal rows without thrift/bekas/impor/import/bal: %d (%.1f%%, need >= 35%%)" % (
        len(nokw), 100 * nokw_share))
    print("legal rows containing thrift/bekas/impor/import/bal: %d; containing any trade word: %d" % (
        leg_kw, leg_trade))
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("max text length: %d" % max(len(r["text"]) for r in rows))
    el_patterns = collections.Counter(
        (r["label"], "".join(str(r["elements"][k]) for k in EKEYS)) for r in rows)
    print("element patterns (offer used clothing abroad):")
    for (lab, p), c in sorted(el_patterns.items()):
        print("  %-20s %s %4d" % (lab, p, c))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:50]:
            print("  - " + e)
        return 1
    print("\nALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
