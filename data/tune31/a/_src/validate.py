"""Validate x72a_oneliners.jsonl against the brief. Prints OK when everything passes."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x72a_oneliners.jsonl")
LO, HI, PREFIX = 1, 300, "x72a"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errors = []
recs = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")

ids, seen = set(), {}
phone = re.compile(r"(?:\+62|\b62|\b0)8\d[\d\s.-]{5,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: keys/order {list(r.keys())}")
        continue
    m = re.fullmatch(PREFIX + r"-(\d{4})", rid or "")
    if not m or not LO <= int(m.group(1)) <= HI:
        errors.append(f"{rid}: id out of range")
    if rid in ids:
        errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errors.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] != "oneliner":
        errors.append(f"{rid}: style {r['style']}")
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errors.append(f"{rid}: one-liner length/linebreak ({len(t)})")
    if list(r["elements"].keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in r["elements"].values()):
        errors.append(f"{rid}: elements {r['elements']}")
        continue
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errors.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errors.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and r["elements"]["offer"] + r["elements"]["used"] + r["elements"]["clothing"] + r["elements"]["abroad"] < 4 and not r["category"].startswith("hn_"):
        errors.append(f"{rid}: legal category must start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errors.append(f"{rid}: illegal record with hn_ category")
    if phone.search(t):
        errors.append(f"{rid}: unmasked phone number")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errors.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid

if len(recs) != HI - LO + 1:
    errors.append(f"record count {len(recs)} != {HI - LO + 1}")
legal = sum(r.get("label") == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60:
    errors.append(f"legal share {share:.3f} outside 0.50-0.60")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"records {len(recs)}, legal share {share:.3f}")
print("OK")
