"""Validate x73d_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x73d_oneliners.jsonl")
PREFIX, LO, HI, N_EXPECTED = "x73d", 1, 300, 300
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
PHONE = re.compile(r"(?:\+?62|0)\s?8[\d\s\-\.]{7,}")
LONG_DIGITS = re.compile(r"\d{8,}")
CAT = re.compile(r"^[a-z][a-z0-9_]*$")

def main():
    errs, seen_ids, seen_text = [], set(), {}
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N_EXPECTED:
        errs.append(f"expected {N_EXPECTED} records, got {len(recs)}")
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        m = re.fullmatch(PREFIX + r"-(\d{4})", rid or "")
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range/format")
        if rid in seen_ids:
            errs.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style {r['style']}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{rid}: empty text")
            continue
        if len(t) > 160:
            errs.append(f"{rid}: oneliner too long ({len(t)})")
        if "\n" in t or "\r" in t:
            errs.append(f"{rid}: line break in oneliner")
        if t != t.strip():
            errs.append(f"{rid}: leading/trailing whitespace")
        if PHONE.search(t) or LONG_DIGITS.search(t):
            errs.append(f"{rid}: unmasked phone-like number")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != derived {want}")
        if not CAT.match(r["category"]):
            errs.append(f"{rid}: category not snake_case")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal record category should start with hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen_text:
            errs.append(f"{rid}: duplicate text of {seen_text[norm]}")
        seen_text[norm] = rid
    nums = sorted(int(r["id"].split("-")[1]) for r in recs if "id" in r)
    if nums != list(range(LO, LO + len(recs))):
        errs.append("ids not contiguous from x73d-0001")
    share = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
    if not (0.70 <= share <= 0.80):
        errs.append(f"legal share {share:.3f} outside 0.70-0.80")
    if errs:
        print("\n".join(errs)); print(f"{len(errs)} problem(s)"); sys.exit(1)
    c = Counter(r["label"] for r in recs)
    print(f"records={len(recs)} legal={c['legal']} illegal={c['illegal_used_import']} share={share:.3f}")
    print("OK")

if __name__ == "__main__":
    main()
