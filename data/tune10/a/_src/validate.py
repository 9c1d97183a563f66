"""Validate x12a_oneliners.jsonl against the brief's rules. Prints OK when all checks pass."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x12a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 500

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = set(); texts = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if list(r["elements"].keys()) != EKEYS: errs.append((rid, "element keys"))
    m = re.fullmatch(r"x12a-(\d{4})", rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI): errs.append((rid, "id range"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "oneliner": errs.append((rid, "style"))
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip(): errs.append((rid, "oneliner length/lines"))
    for k in EKEYS:
        if r["elements"][k] not in (0, 1): errs.append((rid, "element " + k))
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label derivation"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category format"))
    if r["label"] == "legal" and r["category"].startswith(("plain_", "regional_", "route_", "market_", "bale_", "wholesale_", "reseller_", "dodge_")):
        errs.append((rid, "legal record in illegal category"))
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append((rid, "hn_ on illegal"))
    # phones: any run of 6+ digits (ignoring separators) that looks like a phone must be masked
    for pm in re.finditer(r"(?:\+?62|0)8[\d\s.-]{6,}", t):
        errs.append((rid, "unmasked phone " + pm.group(0)))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in texts: errs.append((rid, "dup text with " + texts[norm]))
    texts[norm] = rid
if len(recs) != HI - LO + 1: print("note: %d records (range allows %d)" % (len(recs), HI - LO + 1))
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs)
if not 0.50 <= share <= 0.60: errs.append(("*", "legal share %.3f" % share))
print("records", len(recs), "legal", legal, "share %.3f" % share)
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
print("OK")
