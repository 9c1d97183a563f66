"""Validate x18a_oneliners.jsonl against the brief's rules."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x18a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, texts = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if list(r["elements"].keys()) != EKEYS: errs.append((rid, "element keys"))
    m = re.fullmatch(r"x18a(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= 300): errs.append((rid, "id out of range"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "oneliner": errs.append((rid, "style"))
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip(): errs.append((rid, "length/linebreak %d" % len(t)))
    if any(v not in (0, 1) or isinstance(v, bool) for v in r["elements"].values()): errs.append((rid, "element value"))
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    if r["label"] == "legal" and all(r["elements"].values()): errs.append((rid, "legal with all elements"))
    digits = re.sub(r"[\s.\-]", "", t)
    if re.search(r"(\+?62|08)\d{6,}", digits): errs.append((rid, "unmasked phone"))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in texts: errs.append((rid, "dup text"))
    texts.add(norm)
n = len(recs)
legal = sum(r["label"] == "legal" for r in recs)
if n == 0: errs.append((None, "empty"))
elif not (0.50 <= legal / n <= 0.60): errs.append((None, "legal share %.3f" % (legal / n)))
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
print("records", n, "legal", legal, "share %.3f" % (legal / n))
print("OK")
