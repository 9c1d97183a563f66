"""Validate x43a_oneliners.jsonl. Prints OK when every check passes."""
import json, re, sys, pathlib, collections

F = pathlib.Path(__file__).resolve().parent.parent / "x43a_oneliners.jsonl"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {f"x43a{i:04d}" for i in range(1, 251)}
PHONE = re.compile(r"(?:\+?62[\s\-]?|\b0)8\d[\d\- ]{5,}")  # unmasked mobile numbers
errs = []
recs = [json.loads(l) for l in F.read_text(encoding="utf-8").splitlines() if l.strip()]
if len(recs) != 250: errs.append(f"expected 250 records, got {len(recs)}")
ids, seen = set(), {}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if rid not in VALID_IDS: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind")
    if r["style"] != "oneliner": errs.append(f"{rid}: style must be oneliner")
    t = r["text"]
    if not t.strip() or len(t) > 160: errs.append(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) for v in el.values()):
        errs.append(f"{rid}: bad elements {el}")
    want = "illegal_used_import" if all(el.values()) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category not snake_case")
    if r["label"] == "legal" and el["offer"] and el["used"] and el["clothing"]:
        pass
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: hn_ category on illegal record")
    if PHONE.search(t): errs.append(f"{rid}: unmasked phone number")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
if ids != VALID_IDS: errs.append("ids do not cover x43a0001..x43a0250")
n_legal = sum(r["label"] == "legal" for r in recs)
share = n_legal / max(len(recs), 1)
if not 0.65 <= share <= 0.75: errs.append(f"legal share {share:.3f} outside 65-75%")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK ({len(recs)} records, legal {n_legal} = {share:.1%})")
