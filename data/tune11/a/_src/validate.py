"""Validate x15a_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x15a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = set()
seen = set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    m = re.fullmatch(r"x15a-(\d{4})", str(rid))
    if not m or not 1 <= int(m.group(1)) <= 300: errs.append((rid, "id range"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "oneliner": errs.append((rid, "style"))
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append((rid, "length %d" % len(t)))
    if "\n" in t or "\r" in t: errs.append((rid, "line break"))
    if t != t.strip(): errs.append((rid, "outer whitespace"))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errs.append((rid, "elements"))
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    if r["label"] == "legal" and r["category"].startswith("hn_") is False and want == "legal":
        pass
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"): errs.append((rid, "hn_ on illegal"))
    # phones: any run of 8+ digits (after removing separators) or +62 / 08 followed by digits
    if re.search(r"(\+?62|\b0)8\d[\d\s.-]{5,}", t) or re.search(r"\d{8,}", t.replace(" ", "").replace("-", "")):
        errs.append((rid, "unmasked phone"))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append((rid, "dup text"))
    seen.add(norm)
if len(recs) != len(ids): errs.append(("-", "count mismatch"))
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not 0.50 <= share <= 0.60: errs.append(("-", "legal share %.3f" % share))
if errs:
    for e in errs: print("ERR", *e)
    sys.exit(1)
print("records", len(recs), "legal share %.3f" % share)
print("label", dict(Counter(r["label"] for r in recs)))
print("kind", dict(Counter(r["kind"] for r in recs)))
print("OK")
