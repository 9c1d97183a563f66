"""Validate x63c_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x63c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI, N = 1, 300, 300
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append("expected %d records, got %d" % (N, len(recs)))
ids, seen = set(), {}
phone = re.compile(r"(?:\+?62|0)8\d[\d\s\-\.]{5,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append("%s: key order %s" % (rid, list(r.keys())))
    m = re.fullmatch(r"x63c-(\d{4})", str(rid))
    if not m or not (LO <= int(m.group(1)) <= HI):
        errs.append("%s: bad id" % rid)
    if rid in ids:
        errs.append("%s: duplicate id" % rid)
    ids.add(rid)
    if r["kind"] not in KINDS:
        errs.append("%s: bad kind" % rid)
    t = r["text"]
    if r["style"] != "oneliner":
        errs.append("%s: style" % rid)
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append("%s: oneliner length/line break (%d)" % (rid, len(t)))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append("%s: elements" % rid)
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append("%s: label derivation" % rid)
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
        errs.append("%s: category not snake_case" % rid)
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append("%s: legal category without hn_" % rid)
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append("%s: illegal record with hn_ category" % rid)
    for ph in phone.findall(t):
        errs.append("%s: unmasked phone %r" % (rid, ph))
    for ph in re.findall(r"08\d{2}[x\d]*", t):
        if not re.fullmatch(r"08\d{2}x{4}", ph):
            errs.append("%s: phone not masked as 08NNxxxx: %r" % (rid, ph))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append("%s: duplicate text of %s" % (rid, seen[norm]))
    seen[norm] = rid
ids_expected = {"x63c-%04d" % i for i in range(LO, HI + 1)}
if ids != ids_expected:
    errs.append("ids do not cover x63c-0001..x63c-0300")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.70 <= share <= 0.80:
    errs.append("legal share %.3f outside 0.70-0.80" % share)
if errs:
    print("\n".join(errs))
    print("FAILED (%d problems)" % len(errs))
    sys.exit(1)
print("records %d, legal %d (%.1f%%)" % (len(recs), legal, 100 * share))
print("OK")
