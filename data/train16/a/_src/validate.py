"""Validate x67a_oneliners.jsonl. Prints OK or the list of problems."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x67a_oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LO, HI, N_EXPECTED = 1, 300, 300
PHONE = re.compile(r"(?:\+?62|0)\s?8\d[\d\s\-\.]{6,}")

errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")
if len(recs) != N_EXPECTED:
    errs.append(f"expected {N_EXPECTED} records, got {len(recs)}")
ids, seen = set(), {}
legal = 0
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
        continue
    m = re.fullmatch(r"x67a-(\d{4})", rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI):
        errs.append(f"{rid}: id out of range/format")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind {r['kind']}")
    t = r["text"]
    if r["style"] == "oneliner":
        if len(t) > 160 or "\n" in t or "\r" in t:
            errs.append(f"{rid}: oneliner too long ({len(t)}) or has line break")
    elif r["style"] == "longform":
        lines = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500) or not (2 <= len(lines) <= 15):
            errs.append(f"{rid}: longform length/lines")
    else:
        errs.append(f"{rid}: bad style")
    if not t.strip():
        errs.append(f"{rid}: empty text")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label {r['label']} != derived {want}")
    if want == "legal":
        legal += 1
        if not r["category"].startswith("hn_") and False:
            pass
    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    if PHONE.search(t):
        errs.append(f"{rid}: unmasked phone: {PHONE.search(t).group(0)}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{rid}: duplicate text of {seen[key]}")
    seen[key] = rid
if recs:
    share = legal / len(recs)
    if not (0.70 <= share <= 0.80):
        errs.append(f"legal share {share:.3f} outside 0.70-0.80")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
