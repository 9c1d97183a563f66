"""Validate x52b_longform.jsonl; prints OK when every check passes."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x52b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N = 150
errors = []

rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(rows) != N:
    errors.append("expected %d records, got %d" % (N, len(rows)))
expected_ids = {"x52b-%04d" % i for i in range(1, N + 1)}
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
for i in ids:
    if i not in expected_ids:
        errors.append("id out of range: %s" % i)
seen = {}
phone_re = re.compile(r"(\+?62|0)8\d[\d\s\-\.]{5,}")
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append("%s: key order %s" % (rid, list(r.keys())))
    if r["kind"] not in KINDS:
        errors.append("%s: bad kind %s" % (rid, r["kind"]))
    if r["style"] != "longform":
        errors.append("%s: style %s" % (rid, r["style"]))
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errors.append("%s: category not snake_case" % rid)
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errors.append("%s: length %d" % (rid, len(t)))
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15):
        errors.append("%s: %d non-empty lines" % (rid, len(nl)))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) for k in EKEYS):
        errors.append("%s: bad elements %s" % (rid, el))
    lab = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errors.append("%s: label %s should be %s" % (rid, r["label"], lab))
    if lab == "legal" and r["category"].startswith(("plain_offer", "code_", "dodge_")):
        errors.append("%s: legal record with illegal-style category" % rid)
    if lab != "legal" and r["category"].startswith("hn_"):
        errors.append("%s: hn_ category on illegal record" % rid)
    if phone_re.search(t):
        errors.append("%s: unmasked phone number" % rid)
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errors.append("%s: duplicate text of %s" % (rid, seen[key]))
    seen[key] = rid
legal = sum(r["label"] == "legal" for r in rows)
share = legal / max(len(rows), 1)
if not (0.50 <= share <= 0.60):
    errors.append("legal share %.3f outside 0.50-0.60" % share)

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("legal %d / %d (%.1f%%)" % (legal, len(rows), 100 * share))
print("OK")
