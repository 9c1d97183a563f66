"""Validate x76c_oneliners.jsonl against the brief."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x76c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
ids, seen = set(), {}
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
valid_ids = {f"x76c-{i:04d}" for i in range(1, 301)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    t = r["text"]
    if r["style"] == "oneliner":
        if len(t) > 160: errs.append(f"{rid}: oneliner too long ({len(t)})")
        if "\n" in t or "\r" in t: errs.append(f"{rid}: line break in oneliner")
    elif r["style"] == "longform":
        lines = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500): errs.append(f"{rid}: longform length {len(t)}")
        if not (2 <= len(lines) <= 15): errs.append(f"{rid}: longform lines {len(lines)}")
    else:
        errs.append(f"{rid}: style {r['style']}")
    if not t.strip(): errs.append(f"{rid}: empty text")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and all(el[k] == 1 for k in EKEYS): errs.append(f"{rid}: inconsistent")
    # phones: any run of 6+ digits (ignoring separators) starting 08/62 is unmasked
    compact = re.sub(r"[\s\-.]", "", t)
    if re.search(r"(\+?62|0)8\d{5,}", compact): errs.append(f"{rid}: unmasked phone")
    for m in re.finditer(r"(?<!\d)(\+?62|0)8\d{2}\S*", t):
        if not re.fullmatch(r"(\+?62|0)8\d{2}x{4,}", m.group(0).rstrip(".,;:)!?")):
            errs.append(f"{rid}: odd phone format {m.group(0)}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(f"{rid}: duplicate text of {seen[norm]}")
    seen[norm] = rid
if len(recs) != 300: errs.append(f"count {len(recs)} != 300")
if ids != valid_ids: errs.append("ids do not cover x76c-0001..0300")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not (0.70 <= share <= 0.80): errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(recs)} legal={legal} share={share:.3f}")
print("OK")
