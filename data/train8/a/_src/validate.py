"""Validate x32a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x32a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != 400:
    errs.append("expected 400 records, got %d" % len(recs))
ids, texts = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append("%s: key order %s" % (rid, list(r.keys())))
    m = re.fullmatch(r"x32a(\d{4})", rid or "")
    if not m or not 1 <= int(m.group(1)) <= 400:
        errs.append("%s: id out of range" % rid)
    if rid in ids:
        errs.append("%s: duplicate id" % rid)
    ids.add(rid)
    if r["kind"] not in KINDS:
        errs.append("%s: bad kind %s" % (rid, r["kind"]))
    if r["style"] != "oneliner":
        errs.append("%s: style" % rid)
    t = r["text"]
    if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
        errs.append("%s: length/newline (%d)" % (rid, len(t)))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append("%s: category %s" % (rid, r["category"]))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append("%s: elements %s" % (rid, el))
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append("%s: label %s != %s" % (rid, r["label"], want))
    if r["label"] == "legal" and r["category"] in ("bale_lot",):
        pass
    # phones: any 08.. / +62 / 62 8.. run of digits must be masked
    for mm in re.finditer(r"(\+?62|0)8[\d\- ]{6,}", t):
        errs.append("%s: unmasked phone %r" % (rid, mm.group(0)))
    for mm in re.finditer(r"\b08\d{2}[x\-]*", t):
        if "x" not in t[mm.start():mm.start() + 16]:
            errs.append("%s: phone not masked %r" % (rid, mm.group(0)))
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in texts:
        errs.append("%s: duplicate text of %s" % (rid, texts[key]))
    texts[key] = rid
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / max(1, len(recs))
if not 0.65 <= share <= 0.75:
    errs.append("legal share %.3f outside 0.65-0.75" % share)
if errs:
    print("\n".join(errs))
    print("FAILED: %d problems" % len(errs))
    sys.exit(1)
print("labels", dict(lab), "legal share %.3f" % share)
print("OK")
