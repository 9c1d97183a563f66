"""Validate x29a_oneliners.jsonl against the brief. Prints OK or a list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x29a_oneliners.jsonl")
PREFIX, LO, HI = "x29a", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# unmasked phone: 08.. / +62.. / 62.. followed by 6+ more digits (spaces/dashes allowed)
PHONE = re.compile(r"(?:\+?62|0)8[\d\s\-]{7,}\d")
# famous words that illegal records must avoid (brief: past the keyword filter)
FAMOUS = re.compile(r"bekas|second|seken|\b2nd\b|thrift|pre-?loved|\bbal\b|ball?pres|karungan|impor|import|"
                    r"bundle|cakar|monza|monja|awul|hidden gem|bongkar bal", re.I)


def main():
    errs = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {n}: bad json {e}")
    ids, texts = set(), {}
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        m = re.fullmatch(PREFIX + r"(\d{4})", str(rid))
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r.get("kind") not in KINDS:
            errs.append(f"{rid}: bad kind {r.get('kind')}")
        if r.get("style") != "oneliner":
            errs.append(f"{rid}: style {r.get('style')}")
        t = r.get("text", "")
        if not t or len(t) > 160:
            errs.append(f"{rid}: length {len(t)}")
        if "\n" in t or "\r" in t:
            errs.append(f"{rid}: line break")
        cat = r.get("category", "")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
            errs.append(f"{rid}: category {cat}")
        el = r.get("elements", {})
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: elements {el}")
            continue
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r.get("label") != want:
            errs.append(f"{rid}: label {r.get('label')} != {want}")
        if want == "legal" and not cat.startswith("hn_"):
            errs.append(f"{rid}: legal record category without hn_: {cat}")
        if want != "legal" and cat.startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if want != "legal" and FAMOUS.search(t):
            errs.append(f"{rid}: illegal text uses famous word '{FAMOUS.search(t).group(0)}'")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone '{PHONE.search(t).group(0)}'")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in texts:
            errs.append(f"{rid}: duplicate text of {texts[key]}")
        texts[key] = rid
    n = len(recs)
    labels = Counter(r.get("label") for r in recs)
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problems")
        sys.exit(1)
    kinds = Counter(r["kind"] for r in recs)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), illegal_used_import "
          f"{labels['illegal_used_import']}, kinds {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()
