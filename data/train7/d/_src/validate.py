"""Validate x26d_oneliners.jsonl. Prints OK line or the list of problems."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x26d_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI, PREFIX = 1, 300, "x26d"
PHONE = re.compile(r"(?:\+?62|\b0)\s?8\d(?:[\s.\-]?\d){6,}")

def main():
    errs, seen_ids, seen_txt = [], set(), {}
    labels = collections.Counter()
    n = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"line {ln}: bad json {e}"); continue
            if list(r.keys()) != KEYS:
                errs.append(f"line {ln}: keys/order {list(r.keys())}")
            rid = r.get("id", "")
            m = re.fullmatch(PREFIX + r"(\d{4})", rid)
            if not m or not (LO <= int(m.group(1)) <= HI):
                errs.append(f"{rid}: id out of range/format")
            if rid in seen_ids:
                errs.append(f"{rid}: duplicate id")
            seen_ids.add(rid)
            if r.get("kind") not in KINDS:
                errs.append(f"{rid}: bad kind {r.get('kind')}")
            if r.get("style") != "oneliner":
                errs.append(f"{rid}: style must be oneliner")
            t = r.get("text", "")
            if not isinstance(t, str) or not t.strip():
                errs.append(f"{rid}: empty text")
            if len(t) > 160:
                errs.append(f"{rid}: text too long ({len(t)})")
            if "\n" in t or "\r" in t:
                errs.append(f"{rid}: line break in one-liner")
            if PHONE.search(t):
                errs.append(f"{rid}: unmasked phone number")
            cat = r.get("category", "")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", cat or ""):
                errs.append(f"{rid}: category not snake_case")
            el = r.get("elements", {})
            if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
                errs.append(f"{rid}: bad elements {el}")
                continue
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r.get("label") != want:
                errs.append(f"{rid}: label {r.get('label')} != derived {want}")
            if want == "illegal_used_import" and cat.startswith("hn_"):
                errs.append(f"{rid}: hn_ category on illegal record")
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in seen_txt:
                errs.append(f"{rid}: duplicate text of {seen_txt[norm]}")
            seen_txt[norm] = rid
            labels[r.get("label")] += 1
    share = labels["legal"] / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        for e in errs:
            print("ERROR", e)
        print(f"FAILED: {len(errs)} problems in {n} records")
        sys.exit(1)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), illegal_used_import {labels['illegal_used_import']}")

if __name__ == "__main__":
    main()
