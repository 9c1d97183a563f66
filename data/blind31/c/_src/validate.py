"""Validate x62c_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x62c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI, N = 1, 300, 300
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N:
    errs.append(f"expected {N} records, got {len(recs)}")
ids, texts = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x62c-(\d{4})", rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI):
        errs.append(f"{rid}: id out of range")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: bad kind")
    if r["style"] != "oneliner":
        errs.append(f"{rid}: bad style")
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append(f"{rid}: one-liner length/line break ({len(t)})")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
        errs.append(f"{rid}: category not snake_case")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
        errs.append(f"{rid}: bad elements")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label mismatch")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    # phone numbers must be masked: no run of 7+ digits (allowing separators)
    if re.search(r"(?:\+?62|0)8\d{2}[\d \-]{5,}\d", t) or re.search(r"\d{7,}", t.replace(".", "")):
        errs.append(f"{rid}: unmasked phone-like number")
    for ph in re.findall(r"(?:\+?62|0)8[\dx]+", t):
        if "x" not in ph:
            errs.append(f"{rid}: phone not masked: {ph}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in texts:
        errs.append(f"{rid}: duplicate text")
    texts.add(norm)
legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 50-60%")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"records={len(recs)} legal={legal} illegal={len(recs)-legal} share={share:.3f}")
print("OK")
