import json, re, os, sys
from collections import Counter
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x46b_longform.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
EL = ["offer","used","clothing","abroad"]
errs = []; seen_ids = set(); seen_txt = set()
recs = [json.loads(l) for l in open(P, encoding="utf-8") if l.strip()]
for r in recs:
    i = r.get("id")
    if list(r.keys()) != KEYS: errs.append((i, "keys/order"))
    if i in seen_ids: errs.append((i, "dup id"))
    seen_ids.add(i)
    m = re.fullmatch(r"x46b(\d{4})", i or "")
    if not m or not 1 <= int(m.group(1)) <= 120: errs.append((i, "id range"))
    if r["kind"] not in KINDS: errs.append((i, "kind"))
    if r["style"] != "longform": errs.append((i, "style"))
    t = r["text"]
    if not 150 <= len(t) <= 1500: errs.append((i, f"len {len(t)}"))
    nl = [l for l in t.split("\n") if l.strip()]
    if not 2 <= len(nl) <= 15: errs.append((i, f"lines {len(nl)}"))
    e = r["elements"]
    if list(e.keys()) != EL or any(v not in (0,1) for v in e.values()): errs.append((i, "elements"))
    exp = "illegal_used_import" if all(e[k] == 1 for k in EL) else "legal"
    if r["label"] != exp: errs.append((i, "label"))
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append((i, "category"))
    if (r["label"] == "legal") != r["category"].startswith("hn_"): errs.append((i, "hn_ prefix vs label"))
    for ph in re.findall(r"(?:\+62|0)8\d[\dx\- ]{4,}", t):
        if re.search(r"\d{5,}", ph.replace(" ","").replace("-","")[4:]) : errs.append((i, "phone "+ph))
    if re.search(r"\d{7,}", t): errs.append((i, "long digit run"))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append((i, "dup text"))
    seen_txt.add(norm)
if len(recs) != 120: errs.append(("-", f"count {len(recs)}"))
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / len(recs)
if not 0.50 <= share <= 0.60: errs.append(("-", f"legal share {share:.3f}"))
print(dict(lab), f"legal share {share:.3f}")
if errs:
    for x in errs: print("ERR", x)
    sys.exit(1)
print("OK")
