import json, re, os, sys, collections
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x19a_oneliners.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
EKEYS = ["offer","used","clothing","abroad"]
errs = []
recs = [json.loads(l) for l in open(P, encoding="utf-8") if l.strip()]
ids, texts = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "keys order"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    m = re.fullmatch(r"x19a(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= 300): errs.append((rid, "id range"))
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "oneliner": errs.append((rid, "style"))
    t = r["text"]
    if len(t) > 160 or len(t) == 0: errs.append((rid, "length %d" % len(t)))
    if "\n" in t or "\r" in t: errs.append((rid, "line break"))
    if t != t.strip(): errs.append((rid, "whitespace"))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append((rid, "elements"))
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    if r["label"] == "legal" and all(el[k] == 1 for k in EKEYS): errs.append((rid, "legal all ones"))
    # phones: any run of 7+ digits (allowing separators) starting 08/+62/62 must be masked
    for ph in re.findall(r"(?:\+?62|0)8[\d\-\s\.]{6,}\d", t):
        errs.append((rid, "unmasked phone " + ph))
    for ph in re.findall(r"08\d{2}x+", t):
        pass
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in texts: errs.append((rid, "dup text"))
    texts.add(norm)
n = len(recs)
legal = sum(r["label"] == "legal" for r in recs)
share = legal / n if n else 0
if not (0.50 <= share <= 0.60): errs.append(("ALL", "legal share %.3f" % share))
print("records", n, "legal", legal, "share %.3f" % share)
print(collections.Counter(r["label"] for r in recs))
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
print("OK")
