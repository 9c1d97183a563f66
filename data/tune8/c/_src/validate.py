"""Validate the two x6c JSONL files. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYORDER = ["id", "kind", "text", "label", "category", "style", "elements"]
TRADE = ["thrift", "bekas", "second", "seken", "2nd", "preloved", "pre-loved", "bal", "karung",
         "goni", "koli", "impor", "import", "cakar", "monza", "monja", "awul", "rombeng", "roma",
         "lelong", "bundle", "obok", "batam", "senen", "gedebage", "kalapa", "melati", "tungging",
         "sortir", "ex-", "ex ", "kontainer", "container", "tanjungbalai", "tanjung balai", "dumai",
         "belawan", "entikong", "nunukan", "tawau", "pinang", "vintage", "reject", "ekspor",
         "jastip", "grade", "layak pakai", "pakai", "limbah", "sisa", "branded", "ukay", "sec0nd",
         "secon", "bkas", "awal", "pajak", "pasar", "loak", "pelabuhan"]
FAMOUS = re.compile(r"thrift|bekas impor|\bbal\b|\bbale\b|ball ?press|balpres|karungan|cakar|monza|awul",
                    re.I)
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\- ]{5,}")
errors = []


def check(fname, style, lo, hi):
    rows = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    ids = [r["id"] for r in rows]
    want = {"x6c-%04d" % i for i in range(lo, hi + 1)}
    if len(set(ids)) != len(ids):
        errors.append(fname + ": duplicate ids")
    if not set(ids) <= want or len(ids) != hi - lo + 1:
        errors.append(fname + ": ids out of range or count %d" % len(ids))
    seen = {}
    for r in rows:
        rid, t = r["id"], r["text"]
        if list(r.keys()) != KEYORDER:
            errors.append(rid + ": key order")
        if r["kind"] not in KINDS:
            errors.append(rid + ": kind " + r["kind"])
        if r["style"] != style:
            errors.append(rid + ": style")
        el = r["elements"]
        if list(el.keys()) != ["offer", "used", "clothing", "abroad"] or any(v not in (0, 1) for v in el.values()):
            errors.append(rid + ": elements")
        lab = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != lab:
            errors.append(rid + ": label")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
            errors.append(rid + ": category")
        if r["label"] == "legal" and r["category"].startswith("hn_") is False and r["category"] not in ("plain_legal",):
            pass
        if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
            errors.append(rid + ": illegal record in hn_ category")
        if style == "oneliner":
            if len(t) > 160 or "\n" in t:
                errors.append(rid + ": oneliner length/newline %d" % len(t))
        else:
            nl = [x for x in t.split("\n") if x.strip()]
            if not 150 <= len(t) <= 1500 or not 2 <= len(nl) <= 15:
                errors.append(rid + ": longform length %d lines %d" % (len(t), len(nl)))
        if PHONE.search(t):
            errors.append(rid + ": unmasked phone " + PHONE.search(t).group())
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen:
            errors.append(rid + ": duplicate text of " + seen[key])
        seen[key] = rid
        if r["label"] == "legal" and not any(w in t.lower() for w in TRADE):
            errors.append(rid + ": legal text without a trade word")
    n = len(rows)
    legal = sum(r["label"] == "legal" for r in rows)
    share = legal / n if n else 0
    if not 0.50 <= share <= 0.60:
        errors.append(fname + ": legal share %.3f" % share)
    ill = [r for r in rows if r["label"] != "legal"]
    avoid = sum(not FAMOUS.search(r["text"]) for r in ill)
    if ill and avoid / len(ill) < 0.60:
        errors.append(fname + ": only %.2f of illegal avoid famous words" % (avoid / len(ill)))
    print(fname, n, "legal %.3f" % share, "illegal avoiding famous words %d/%d" % (avoid, len(ill)))
    print("  labels", dict(Counter(r["label"] for r in rows)))
    print("  kinds", dict(Counter(r["kind"] for r in rows)))
    return rows


check("x6c_oneliners.jsonl", "oneliner", 1, 100)
check("x6c_longform.jsonl", "longform", 1001, 1260)
# cross-file duplicate check
allt = {}
for fn in ("x6c_oneliners.jsonl", "x6c_longform.jsonl"):
    for l in open(os.path.join(OUT, fn), encoding="utf-8"):
        r = json.loads(l)
        k = re.sub(r"\s+", " ", r["text"].lower()).strip()
        if k in allt:
            errors.append(r["id"] + ": duplicate across files")
        allt[k] = r["id"]
if errors:
    print("\n".join(errors[:80]))
    print("FAIL", len(errors))
    sys.exit(1)
print("OK")
