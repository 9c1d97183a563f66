"""Validate oneliners.jsonl and longform.jsonl (and the source lists).

Exit code 0 and 'OK' when clean; otherwise prints every problem found.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELEMS = ["offer", "used", "clothing", "abroad"]
LEGAL_CATS = {
    "hn_report", "hn_complaint", "hn_news", "hn_opinion", "hn_rule", "hn_tutorial",
    "hn_joke", "hn_question", "hn_review", "hn_new_thrift_style", "hn_new_import",
    "hn_factory_reject", "hn_own_preloved", "hn_donation", "hn_other_goods",
    "hn_used_vehicle", "hn_upcycle", "hn_job", "hn_travel_food",
}
ILLEGAL_CATS = {
    "plain_offer", "evasive_spelling", "regional_code_word", "port_route_offer",
    "market_offer", "bale_grade", "live_sale", "reseller_recruit", "creator_promo",
    "wholesale",
}
EXPECTED = {"oneliners.jsonl": (400, 1, "oneliner"), "longform.jsonl": (150, 1001, "longform")}

# Famous words of the trade (case-insensitive). "awul" also catches ngawul;
# "bal" is matched as a word (bal, balan, bal-balan), not inside other words.
FAMOUS = re.compile(
    r"thrift|bekas\s+impor|\bbal(an)?\b|ballpres|balpres|karungan|cakar|monza|awul",
    re.IGNORECASE,
)

# Vocabulary of the trade: every legal record must contain at least one.
TRADE = re.compile(
    r"thrift|\bbal\b|balpres|ballpress|karung|goni|koli|bekas|impor|import|preloved|second|seken|"
    r"\b2nd\b|lelong|leker|monza|monja|cakar|awul|ngawul|rombeng|babebo|\bBJ\b|obok|\bRB\b|"
    r"korea|jepang|japan|malaysia|singapura|singapore|thailand|china|hongkong|\bHK\b|usa|eropa|"
    r"taiwan|turki|india|mesir|brazil|guangzhou|bangkok|osaka|seoul|kuching|tawau|port klang|"
    r"batam|tanjungbalai|dumai|entikong|nunukan|sebatik|tanjungpinang|belawan|bengkalis|pelabuhan|"
    r"senen|gedebage|pajak melati|pamela|poncol|blok m square|kebon kalapa|tungging|mandonga|"
    r"simalingkar|petisah|sambu|toddopuli|sekaten|gembong|cimol",
    re.IGNORECASE,
)

# An unmasked Indonesian phone number: 08xx or +62/62 8xx followed by 5+ digits.
PHONE = re.compile(r"(?:\+?62[\s\-]?|\b0)8\d{2}[\s\-.]?\d{3,}")
# Masked numbers must look like 0812xxxx / 0812-xxxx-xxxx.
MASKED = re.compile(r"\b08\d{2}[\-\s]?x{3,}", re.IGNORECASE)


def derive(e):
    return "illegal_used_import" if all(e[k] == 1 for k in ELEMS) else "legal"


def norm(text):
    return re.sub(r"\s+", " ", text.lower()).strip()


def check_sources(problems):
    import ol_legal, ol_illegal, lf_legal, lf_illegal
    for mod in (ol_legal, ol_illegal, lf_legal, lf_illegal):
        for i, it in enumerate(mod.ITEMS):
            if not (isinstance(it, tuple) and len(it) == 7):
                problems.append("%s[%d]: entry is not a 7-tuple" % (mod.__name__, i))
                continue
            kind, cat, text, *el = it
            want_legal = mod.__name__.endswith("_legal")
            if want_legal and cat not in LEGAL_CATS:
                problems.append("%s[%d]: category %s not legal" % (mod.__name__, i, cat))
            if not want_legal and cat not in ILLEGAL_CATS:
                problems.append("%s[%d]: category %s not illegal" % (mod.__name__, i, cat))
            if want_legal and all(x == 1 for x in el):
                problems.append("%s[%d]: legal file entry has all four elements = 1" % (mod.__name__, i))
            if not want_legal and not all(x == 1 for x in el):
                problems.append("%s[%d]: illegal file entry has an element = 0" % (mod.__name__, i))


def main():
    problems = []
    check_sources(problems)
    seen = {}
    stats = {}
    for fname, (count, first, style) in EXPECTED.items():
        path = os.path.join(OUT, fname)
        if not os.path.exists(path):
            problems.append("%s missing" % fname)
            continue
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        recs = []
        for ln_no, ln in enumerate(lines, 1):
            try:
                recs.append(json.loads(ln))
            except ValueError as exc:
                problems.append("%s:%d bad JSON (%s)" % (fname, ln_no, exc))
        if len(recs) != count:
            problems.append("%s: %d records, expected %d" % (fname, len(recs), count))
        n_legal = 0
        famous_total = famous_free = 0
        for n, r in enumerate(recs):
            rid = r.get("id")
            where = "%s %s" % (fname, rid)
            if list(r.keys()) != KEYS:
                problems.append("%s: keys/order %s" % (where, list(r.keys())))
                continue
            if rid != "t6-%04d" % (first + n):
                problems.append("%s: id out of sequence (expected t6-%04d)" % (where, first + n))
            if r["kind"] not in KINDS:
                problems.append("%s: bad kind %r" % (where, r["kind"]))
            if r["style"] != style:
                problems.append("%s: bad style %r" % (where, r["style"]))
            e = r["elements"]
            if list(e.keys()) != ELEMS or any(type(e[k]) is not int or e[k] not in (0, 1) for k in ELEMS):
                problems.append("%s: bad elements %r" % (where, e))
                continue
            if r["label"] != derive(e):
                problems.append("%s: label %s does not follow elements" % (where, r["label"]))
            cat = r["category"]
            if r["label"] == "legal":
                n_legal += 1
                if cat not in LEGAL_CATS:
                    problems.append("%s: legal record with category %s" % (where, cat))
                if not TRADE.search(r["text"]):
                    problems.append("%s: legal record uses no word of the trade" % where)
            else:
                if cat not in ILLEGAL_CATS:
                    problems.append("%s: illegal record with category %s" % (where, cat))
                if style == "oneliner":
                    famous_total += 1
                    if not FAMOUS.search(r["text"]):
                        famous_free += 1
            t = r["text"]
            if t != t.strip() or not t:
                problems.append("%s: empty text or surrounding whitespace" % where)
            if style == "oneliner":
                if len(t) > 160:
                    problems.append("%s: one-liner too long (%d)" % (where, len(t)))
                if "\n" in t or "\r" in t:
                    problems.append("%s: one-liner has a line break" % where)
            else:
                nonempty = [x for x in t.split("\n") if x.strip()]
                if not 150 <= len(t) <= 1500:
                    problems.append("%s: long-form length %d" % (where, len(t)))
                if not 2 <= len(nonempty) <= 15:
                    problems.append("%s: long-form has %d non-empty lines" % (where, len(nonempty)))
            if PHONE.search(t):
                problems.append("%s: unmasked phone number %r" % (where, PHONE.search(t).group(0)))
            key = norm(t)
            if key in seen:
                problems.append("%s: duplicate of %s" % (where, seen[key]))
            else:
                seen[key] = where
        share = n_legal / max(len(recs), 1)
        if not 0.50 <= share <= 0.60:
            problems.append("%s: legal share %.3f outside 0.50-0.60" % (fname, share))
        if style == "oneliner" and famous_total:
            q = famous_free / famous_total
            stats["famous_free"] = (famous_free, famous_total, q)
            if q < 0.60:
                problems.append("oneliners: only %.1f%% of illegal one-liners avoid the famous words" % (100 * q))
        stats[fname] = (len(recs), n_legal, len(recs) - n_legal)
    for k, v in stats.items():
        print(k, v)
    if problems:
        print("%d problem(s):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
