"""Validate x39b_longform.jsonl; prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x39b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {f"x39b{i:04d}" for i in range(1, 151)}
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s\-\.]{5,}")

def main():
    errs = []
    seen_ids, seen_txt = set(), set()
    n = legal = 0
    for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
        r = json.loads(line); n += 1
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append(f"{ln}: key order {list(r.keys())}")
        if rid not in VALID_IDS: errs.append(f"{ln}: id out of range {rid}")
        if rid in seen_ids: errs.append(f"{ln}: duplicate id {rid}")
        seen_ids.add(rid)
        if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind {r['kind']}")
        if r["style"] != "longform": errs.append(f"{rid}: style must be longform")
        t = r["text"]
        lines = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
        if not (2 <= len(lines) <= 15): errs.append(f"{rid}: {len(lines)} non-empty lines")
        el = r["elements"]
        if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
        exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != exp: errs.append(f"{rid}: label {r['label']} != {exp}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
        if exp == "legal" and not r["category"].startswith("hn_"): errs.append(f"{rid}: legal category without hn_")
        if exp != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: illegal with hn_ category")
        for m in PHONE.finditer(t):
            errs.append(f"{rid}: unmasked phone {m.group(0)!r}")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_txt: errs.append(f"{rid}: duplicate text")
        seen_txt.add(key)
        legal += exp == "legal"
    if n != 150: errs.append(f"record count {n} != 150")
    share = legal / n if n else 0
    if not (0.70 <= share <= 0.80): errs.append(f"legal share {share:.3f} outside 70-80%")
    if errs:
        print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
    print(f"records={n} legal={legal} ({share:.1%})")
    print("OK")

if __name__ == "__main__":
    main()
