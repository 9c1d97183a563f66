"""Check x50a_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x50a_oneliners.jsonl")
N = 250
PREFIX = "x50a"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s.-]{5,}")  # an unmasked phone number
errs = []

recs = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")

if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
valid_ids = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
seen_ids, seen_texts = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: keys/order {list(r.keys())}")
    if rid not in valid_ids:
        errs.append(f"{rid}: id out of range")
    if rid in seen_ids:
        errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r.get("kind") not in KINDS:
        errs.append(f"{rid}: bad kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        errs.append(f"{rid}: bad style")
    t = r.get("text", "")
    if not isinstance(t, str) or not t.strip():
        errs.append(f"{rid}: empty text")
        continue
    if len(t) > 160:
        errs.append(f"{rid}: too long ({len(t)})")
    if "\n" in t or "\r" in t:
        errs.append(f"{rid}: line break in oneliner")
    if t != t.strip():
        errs.append(f"{rid}: leading/trailing space")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone {PHONE.search(t).group()}")
    for m in re.finditer(r"08\d\d\S*", t):
        if not re.fullmatch(r"08\d\dx+\W*", m.group()):
            errs.append(f"{rid}: phone not masked as 08xxxx: {m.group()}")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    exp = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != exp:
        errs.append(f"{rid}: label {r.get('label')} != derived {exp}")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat or ""):
        errs.append(f"{rid}: category not snake_case")
    if exp == "legal" and not cat.startswith("hn_"):
        errs.append(f"{rid}: legal record category should start with hn_")
    if exp != "legal" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_texts:
        errs.append(f"{rid}: duplicate text of {seen_texts[norm]}")
    seen_texts[norm] = rid

if recs:
    legal = sum(r.get("label") == "legal" for r in recs)
    share = legal / len(recs)
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 50-60%")

if errs:
    print("\n".join(errs))
    print(f"FAILED: {len(errs)} problems")
    sys.exit(1)
c = collections.Counter(r["label"] for r in recs)
print(dict(c))
print("OK")
