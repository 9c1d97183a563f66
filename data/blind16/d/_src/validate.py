"""Validate x23d_longform.jsonl against the brief. Prints OK or the problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x23d_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
ID_RANGE = (1, 150)
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|preloved|bal|ballpres\w*|balpres\w*|karungan|impor\w*|import\w*|bundle|cakar|monza|awul[- ]awul|hidden gems?|bongkar bal)\b", re.I)
COUNTRIES = re.compile(r"\b(malaysia|singapura|singapore|jepang|japan|korea|thailand|china|tiongkok|amerika|eropa|inggris|jerman|taiwan|hong kong|australia|vietnam)\b", re.I)
PHONE_BAD = re.compile(r"(\+?62|0)8\d{2}(?!xxxx)[\d\- ]{4,}|\d{7,}")


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {n}: bad json {e}")
    ids, texts = set(), {}
    country_illegal = 0
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        m = re.fullmatch(r"x23d(\d{4})", rid)
        if not m or not (ID_RANGE[0] <= int(m.group(1)) <= ID_RANGE[1]):
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "longform":
            errs.append(f"{rid}: style {r['style']}")
        t = r["text"]
        nlines = len([ln for ln in t.split("\n") if ln.strip()])
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: length {len(t)}")
        if not (2 <= nlines <= 15):
            errs.append(f"{rid}: lines {nlines}")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) for v in el.values()):
            errs.append(f"{rid}: elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal category without hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal category with hn_")
        if PHONE_BAD.search(t):
            errs.append(f"{rid}: unmasked phone-like number {PHONE_BAD.search(t).group(0)!r}")
        if r["label"] == "illegal_used_import":
            f = FAMOUS.search(t)
            if f:
                errs.append(f"{rid}: famous word in illegal record: {f.group(0)!r}")
            if COUNTRIES.search(t):
                country_illegal += 1
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in texts:
            errs.append(f"{rid}: duplicate text of {texts[key]}")
        texts[key] = rid
    n = len(rows)
    labels = Counter(r["label"] for r in rows)
    share = labels["legal"] / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    n_ill = labels["illegal_used_import"]
    if n_ill and country_illegal > n_ill / 2:
        errs.append(f"country names in {country_illegal}/{n_ill} illegal records (should be a minority)")
    if errs:
        print("\n".join(errs))
        print(f"FAIL: {len(errs)} problems in {n} records")
        sys.exit(1)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), illegal {n_ill}, "
          f"illegal with a country name {country_illegal}")


if __name__ == "__main__":
    main()
