"""Validate x74c_oneliners.jsonl against the brief. Prints OK when all checks pass."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x74c_oneliners.jsonl")
PREFIX, LO, HI = "x74c", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []

def err(rid, msg):
    errs.append(f"{rid}: {msg}")

recs = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"line{n}", f"bad json {e}")

ids, seen = set(), {}
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != KEYS:
        err(rid, f"key order {list(r.keys())}")
    m = re.fullmatch(PREFIX + r"-(\d{4})", str(rid))
    if not m or not (LO <= int(m.group(1)) <= HI):
        err(rid, "id out of range/format")
    if rid in ids:
        err(rid, "duplicate id")
    ids.add(rid)
    if r.get("kind") not in KINDS:
        err(rid, f"kind {r.get('kind')}")
    if r.get("style") != "oneliner":
        err(rid, "style must be oneliner")
    t = r.get("text", "")
    if not isinstance(t, str) or not t.strip():
        err(rid, "empty text")
    if len(t) > 160:
        err(rid, f"too long {len(t)}")
    if "\n" in t or "\r" in t:
        err(rid, "line break in one-liner")
    cat = r.get("category", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        err(rid, f"category not snake_case {cat}")
    el = r.get("elements", {})
    if list(el.keys()) != EKEYS:
        err(rid, f"element keys {list(el.keys())}")
    if any(el.get(k) not in (0, 1) or isinstance(el.get(k), bool) for k in EKEYS):
        err(rid, "elements must be 0/1")
    want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
    if r.get("label") != want:
        err(rid, f"label {r.get('label')} != {want}")
    if want == "illegal_used_import" and cat.startswith("hn_"):
        err(rid, "illegal record with hn_ category")
    # phones: any run of 7+ digits (ignoring spaces/dashes) starting 08 or +62 must be masked
    for ph in re.findall(r"(?:\+?62|0)8[\d\s\-]{6,}", t):
        if len(re.sub(r"\D", "", ph)) >= 8:
            err(rid, f"unmasked phone {ph!r}")
    for ph in re.findall(r"\b08\d{2}[x]*", t):
        if not re.fullmatch(r"08\d{2}x{4}", ph):
            err(rid, f"phone mask format {ph!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        err(rid, f"duplicate text of {seen[norm]}")
    seen[norm] = rid

if len(recs) != HI - LO + 1:
    err("file", f"{len(recs)} records, expected {HI - LO + 1}")
legal = sum(r.get("label") == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not (0.70 <= share <= 0.80):
    err("file", f"legal share {share:.3f} outside 0.70-0.80")

if errs:
    print("\n".join(errs))
    print(f"FAIL ({len(errs)} problems)")
    sys.exit(1)
print(f"OK: {len(recs)} records, legal {legal} ({share:.1%})")
