"""Validate x67b_oneliners.jsonl against the brief's rules. Prints OK or the problems."""
import json, re, sys, pathlib

PATH = pathlib.Path(__file__).resolve().parent.parent / "x67b_oneliners.jsonl"
N, PREFIX = 300, "x67b-"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# any run of 7+ digits (allowing separators) or +62 followed by digits = unmasked phone
PHONE_RAW = re.compile(r"(\+?62[\s-]?\d{3,}|0\d[\d\s-]{6,}\d)")
PHONE_MASK = re.compile(r"0\d{2,3}x{3,}", re.I)

errs = []
recs = [json.loads(l) for l in PATH.read_text(encoding="utf-8").splitlines() if l.strip()]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
want = {f"{PREFIX}{i:04d}" for i in range(1, N + 1)}
if set(ids) - want:
    errs.append(f"ids out of range: {sorted(set(ids) - want)[:5]}")
seen = {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
        continue
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errs.append(f"{rid}: empty text")
        continue
    if len(t) > 160 or "\n" in t or "\r" in t:
        errs.append(f"{rid}: oneliner length {len(t)} or line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements {el}")
        continue
    lab = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{rid}: label {r['label']} != {lab}")
    cat = r["category"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
        errs.append(f"{rid}: category not snake_case {cat}")
    if lab == "legal" and not cat.startswith("hn_"):
        errs.append(f"{rid}: legal record category without hn_: {cat}")
    if lab != "legal" and cat.startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category: {cat}")
    if PHONE_RAW.search(PHONE_MASK.sub("", t)):
        errs.append(f"{rid}: unmasked phone? {t}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
legal = sum(r.get("label") == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.70 <= share <= 0.80:
    errs.append(f"legal share {share:.3f} outside 0.70-0.80")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"OK ({len(recs)} records, legal share {share:.2%})")
