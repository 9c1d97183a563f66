import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x41c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = []
raw = open(PATH, "rb").read()
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    errs.append(f"not utf-8: {e}")
for n, line in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
    try:
        recs.append(json.loads(line))
    except Exception as e:
        errs.append(f"line {n}: bad json {e}")
expected_ids = {f"x41c{i:04d}" for i in range(1, 251)}
ids = [r.get("id") for r in recs]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
for i in ids:
    if i not in expected_ids: errs.append(f"id out of range: {i}")
if len(recs) != 250: errs.append(f"record count {len(recs)} != 250")
seen = {}
phone = re.compile(r"(\+62|\b0)8\d[\d\- ]{5,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if r.get("kind") not in KINDS: errs.append(f"{rid}: kind {r.get('kind')}")
    if r.get("style") != "oneliner": errs.append(f"{rid}: style {r.get('style')}")
    t = r.get("text", "")
    if not t.strip(): errs.append(f"{rid}: empty text")
    if len(t) > 160: errs.append(f"{rid}: too long {len(t)}")
    if "\n" in t or "\r" in t or "\u2028" in t or "\u2029" in t: errs.append(f"{rid}: line break")
    el = r.get("elements", {})
    if list(el.keys()) != ELS: errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in ELS) else "legal"
    if r.get("label") != want: errs.append(f"{rid}: label mismatch")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", cat): errs.append(f"{rid}: category not snake_case {cat}")
    if want == "legal" and not cat.startswith("hn_"): errs.append(f"{rid}: legal without hn_ category")
    if want != "legal" and cat.startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
    if phone.search(t): errs.append(f"{rid}: unmasked phone")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen: errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
labels = collections.Counter(r.get("label") for r in recs)
share = labels["legal"] / max(1, len(recs))
if not 0.45 <= share <= 0.55: errs.append(f"legal share {share:.3f} out of range")
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print(dict(labels), f"legal share {share:.3f}")
print("OK")
