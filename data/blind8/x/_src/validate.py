"""Validate x10 files. Prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
FAMOUS = re.compile(r"thrift|\bbal\b|ball?pres|bal pres|karungan|cakar|monza|awul|second import|"
                    r"bekas (impor|import|korea|jepang)|grade a\b|sortiran|hidden gems|bundle|bongkar bal",
                    re.I)
PHONE = re.compile(r"(?:\+62|\b0)8\d[\d\- ]{5,}")
errs = []
allrecs = []
seen_text = {}
for fn, style, lo, hi in [("x10_oneliners.jsonl", "oneliner", 1, 400),
                          ("x10_longform.jsonl", "longform", 1001, 1150)]:
    ids = set()
    recs = [json.loads(l) for l in open(os.path.join(OUT, fn), encoding="utf-8") if l.strip()]
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append((rid, "keys order"))
        if list(r["elements"].keys()) != EKEYS: errs.append((rid, "element keys"))
        m = re.fullmatch(r"x10-(\d{4})", rid or "")
        if not m or not (lo <= int(m.group(1)) <= hi): errs.append((rid, "id range"))
        if rid in ids: errs.append((rid, "dup id"))
        ids.add(rid)
        if r["kind"] not in KINDS: errs.append((rid, "kind"))
        if r["style"] != style: errs.append((rid, "style"))
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
        el = r["elements"]
        if any(v not in (0, 1) or type(v) is not int for v in el.values()): errs.append((rid, "elem 0/1"))
        exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != exp: errs.append((rid, "label derivation"))
        if r["label"] == "legal" and r["category"].startswith("hn_") is False and all(el.values()):
            errs.append((rid, "legal with all elements"))
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: errs.append((rid, "oneliner len/newline %d" % len(t)))
        else:
            lines = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500): errs.append((rid, "longform len %d" % len(t)))
            if not (2 <= len(lines) <= 15): errs.append((rid, "longform lines %d" % len(lines)))
        if PHONE.search(t): errs.append((rid, "unmasked phone"))
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_text: errs.append((rid, "dup text with " + seen_text[key]))
        seen_text[key] = rid
    for name, subset in [(fn, recs)]:
        n = len(subset); nl = sum(r["label"] == "legal" for r in subset)
        if n and not (0.50 <= nl / n <= 0.55): errs.append((fn, "legal share %.3f" % (nl / n)))
    allrecs += recs
n = len(allrecs); nl = sum(r["label"] == "legal" for r in allrecs)
if not (0.50 <= nl / n <= 0.55): errs.append(("all", "legal share %.3f" % (nl / n)))
ill = [r for r in allrecs if r["label"] != "legal"]
fam = sum(bool(FAMOUS.search(r["text"])) for r in ill)
if fam / len(ill) < 0.60: errs.append(("all", "famous share %.3f" % (fam / len(ill))))
for e in errs[:50]: print("ERR", e)
print("records", n, "legal", nl, "illegal", len(ill), "famous-word share of illegal %.3f" % (fam / len(ill)))
for st in ("oneliner", "longform"):
    print(st, Counter(r["label"] for r in allrecs if r["style"] == st))
print("OK" if not errs else "FAIL (%d errors)" % len(errs))
