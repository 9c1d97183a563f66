"""Validate x31b_longform.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x31b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (whole-word, case-insensitive)
FAMOUS = r"\b(bekas|second|seken|2nd|thrift\w*|pre-?loved|bal|balpres|ball ?press|bal ?press|karungan|impor|import|bundle|cakar|monza|monja|awul[- ]?awul|hidden gems?|bongkar bal)\b"
ids_ok = {"x31b%04d" % i for i in range(1, 151)}

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 150:
    errs.append("count %d != 150" % len(recs))
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append("%s key order %s" % (rid, list(r.keys())))
    if rid not in ids_ok:
        errs.append("%s id out of range" % rid)
    if r["kind"] not in KINDS:
        errs.append("%s bad kind" % rid)
    if r["style"] != "longform":
        errs.append("%s bad style" % rid)
    t = r["text"]
    nlines = len([l for l in t.split("\n") if l.strip()])
    if not (150 <= len(t) <= 1500):
        errs.append("%s length %d" % (rid, len(t)))
    if not (2 <= nlines <= 15):
        errs.append("%s lines %d" % (rid, nlines))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append("%s bad elements" % rid)
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append("%s label mismatch" % rid)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append("%s category not snake_case" % rid)
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append("%s legal record category lacks hn_" % rid)
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append("%s illegal record with hn_ category" % rid)
    # phones: any run of 7+ digits (allowing separators) or +62 must not appear; 08xx must be masked
    if re.search(r"\+62|\d[\d\- ]{6,}\d", t):
        for m in re.finditer(r"\+62[\d\- ]+|\d[\d\- ]{6,}\d", t):
            if re.sub(r"\D", "", m.group()).__len__() >= 8:
                errs.append("%s possible unmasked phone %r" % (rid, m.group()))
    for m in re.finditer(r"\b08\w*", t):
        if not re.fullmatch(r"08\d{2}x+", m.group()):
            errs.append("%s phone not masked %r" % (rid, m.group()))
    if r["label"] == "illegal_used_import":
        hits = re.findall(FAMOUS, t, flags=re.I)
        if hits:
            errs.append("%s illegal record uses famous word(s) %s" % (rid, hits))
norm = Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in recs)
for k, v in norm.items():
    if v > 1:
        errs.append("duplicate text: %r" % k[:60])
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not (0.50 <= share <= 0.60):
    errs.append("legal share %.3f outside 50-60%%" % share)
if errs:
    print("\n".join(errs))
    print("FAIL (%d problems)" % len(errs))
    sys.exit(1)
print("OK")
