"""Validate x26c_longform.jsonl against the brief. Prints OK on success."""
import json, re, sys, pathlib, collections

HERE = pathlib.Path(__file__).resolve().parent
PATH = HERE.parent / "x26c_longform.jsonl"
PREFIX, LO, HI = "x26c", 1, 150
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# any phone-like digit run that is not masked as 08xx + xxxx
PHONE = re.compile(r"(?:\+62|\b62|\b0)\s?8\d{1,2}[\s\-.]?\d{3,}")
# famous keywords that illegal (keyword-free) records must avoid
FAMOUS = re.compile(r"\b(bekas|second|seken|2nd|thrift\w*|preloved|bal|balpres|ballpress|ballpres|karungan|"
                    r"impor|import|imported|bundle|cakar|monza|monja|awul[- ]?awul|hidden gems?|lelong|rombengan)\b", re.I)

errors = []
def err(rid, msg):
    errors.append(f"{rid}: {msg}")

recs = [json.loads(l) for l in PATH.read_text(encoding="utf-8").splitlines() if l.strip()]
ids, norm = set(), {}
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != KEYS:
        err(rid, f"keys/order {list(r.keys())}")
    m = re.fullmatch(PREFIX + r"(\d{4})", rid)
    if not m or not (LO <= int(m.group(1)) <= HI):
        err(rid, "id out of range/format")
    if rid in ids:
        err(rid, "duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        err(rid, f"bad kind {r['kind']}")
    if r["style"] != "longform":
        err(rid, "style must be longform")
    t = r["text"]
    n = len(t)
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= n <= 1500):
        err(rid, f"length {n}")
    if not (2 <= len(lines) <= 15):
        err(rid, f"{len(lines)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        err(rid, f"bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        err(rid, f"label {r['label']} != derived {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        err(rid, "category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        err(rid, "legal category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        err(rid, "illegal record with hn_ category")
    for ph in PHONE.findall(t):
        err(rid, f"unmasked phone {ph!r}")
    if r["label"] == "illegal_used_import":
        hit = FAMOUS.findall(t)
        if hit:
            err(rid, f"famous keyword in illegal record: {hit}")
    k = re.sub(r"\s+", " ", t.lower()).strip()
    if k in norm:
        err(rid, f"duplicate text of {norm[k]}")
    norm[k] = rid

if len(recs) != HI - LO + 1:
    errors.append(f"expected {HI - LO + 1} records, got {len(recs)}")
labels = collections.Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.50 <= share <= 0.60):
    errors.append(f"legal share {share:.3f} outside 50-60%")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
kinds = collections.Counter(r["kind"] for r in recs)
print(f"OK {len(recs)} records; legal {labels['legal']} ({share:.1%}), illegal {labels['illegal_used_import']}; kinds {dict(sorted(kinds.items()))}")
