import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(os.path.dirname(HERE), "x58c_oneliners.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
EK = ["offer","used","clothing","abroad"]
err = []
recs = [json.loads(l) for l in open(P, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): err.append("dup ids")
valid_ids = {f"x58c-{i:04d}" for i in range(1, 301)}
seen = {}
phone = re.compile(r"(\+?62|0)8\d[\d\- ]{5,}")
for r in recs:
    rid = r["id"]
    if list(r.keys()) != KEYS: err.append(f"{rid} keys {list(r.keys())}")
    if rid not in valid_ids: err.append(f"{rid} id out of range")
    if r["kind"] not in KINDS: err.append(f"{rid} kind")
    if r["style"] != "oneliner": err.append(f"{rid} style")
    t = r["text"]
    if len(t) > 160 or len(t) == 0: err.append(f"{rid} len {len(t)}")
    if "\n" in t or "\r" in t: err.append(f"{rid} newline")
    if t != t.strip(): err.append(f"{rid} whitespace")
    el = r["elements"]
    if list(el.keys()) != EK or any(v not in (0,1) for v in el.values()): err.append(f"{rid} elements")
    exp = "illegal_used_import" if all(el[k] == 1 for k in EK) else "legal"
    if r["label"] != exp: err.append(f"{rid} label")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err.append(f"{rid} category")
    if r["label"] == "legal" and el["offer"] == 1 and el["used"] == 1 and el["clothing"] == 1 and el["abroad"] == 1: err.append(rid)
    if phone.search(t): err.append(f"{rid} unmasked phone: {t}")
    n = re.sub(r"\s+", " ", t.lower()).strip()
    if n in seen: err.append(f"{rid} dup text of {seen[n]}")
    seen[n] = rid
if len(recs) != 300: err.append(f"count {len(recs)}")
leg = sum(r["label"] == "legal" for r in recs)
share = leg / len(recs)
if not 0.70 <= share <= 0.80: err.append(f"legal share {share}")
if err:
    print("\n".join(err)); sys.exit(1)
print("records", len(recs), "legal", leg, "illegal", len(recs)-leg, f"share {share:.3f}")
print("kinds", collections.Counter(r["kind"] for r in recs))
print("OK")
