"""Validate x18b_longform.jsonl; prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x18b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, texts = set(), set()
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if list(r["elements"].keys()) != EKEYS: errs.append((rid, "element keys"))
    m = re.fullmatch(r"x18b(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= 150): errs.append((rid, "id range"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "longform": errs.append((rid, "style"))
    t = r["text"]
    if not (150 <= len(t) <= 1500): errs.append((rid, "length %d" % len(t)))
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): errs.append((rid, "lines %d" % len(nl)))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    ev = [r["elements"][k] for k in EKEYS]
    if any(v not in (0, 1) or isinstance(v, bool) for v in ev): errs.append((rid, "element value"))
    want = "illegal_used_import" if all(v == 1 for v in ev) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if want == "legal" and r["category"] in ("plain_offer",): pass
    # phones: any run of 6+ digits (ignoring spaces/dashes) starting 08 / 62 must not appear
    for ph in re.findall(r"(?:\+?62|0)8[\d\s-]{5,}", t):
        if len(re.sub(r"\D", "", ph)) >= 6: errs.append((rid, "unmasked phone " + ph))
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in texts: errs.append((rid, "dup text"))
    texts.add(key)
n = len(rows)
legal = sum(r["label"] == "legal" for r in rows)
share = legal / n if n else 0
if not (0.50 <= share <= 0.60): errs.append(("*", "legal share %.3f" % share))
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
print("records", n, "legal", legal, "illegal", n - legal, "share %.3f" % share)
print("kinds", dict(Counter(r["kind"] for r in rows)))
print("OK")
