import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x60b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
EXPECTED_N = 150
errs = []
seen_ids, seen_txt = set(), {}
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x60b-(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= EXPECTED_N): errs.append(f"{rid}: id out of range")
    if rid in seen_ids: errs.append(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid}: style {r['style']}")
    t = r["text"]
    if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): errs.append(f"{rid}: {len(nl)} non-empty lines")
    el = r["elements"]
    if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(f"{rid}: category {r['category']}")
    # phones must be masked: no run of 7+ digits (ignoring separators) starting with 08 / +62 / 62
    for ph in re.findall(r"(?:\+?62|0)8\d[\d \-]{6,}", t):
        digits = re.sub(r"\D", "", ph)
        if len(digits) >= 8: errs.append(f"{rid}: unmasked phone {ph!r}")
    for ph in re.findall(r"(?:\+?62|0)8\d*x", t, flags=re.I):
        pass
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append(f"{rid}: duplicate text of {seen_txt[norm]}")
    seen_txt[norm] = rid
if len(rows) != EXPECTED_N: errs.append(f"count {len(rows)} != {EXPECTED_N}")
ids = sorted(seen_ids)
if ids != [f"x60b-{i:04d}" for i in range(1, len(rows) + 1)]: errs.append("ids not contiguous")
leg = sum(r["label"] == "legal" for r in rows)
share = leg / max(1, len(rows))
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); print(f"{len(errs)} problems"); sys.exit(1)
print(f"OK {len(rows)} records, legal {leg} ({share:.1%})")
