"""Validate x26b_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x26b_oneliners.jsonl")
PREFIX, LO, HI = "x26b", 1, 300
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
# famous words an illegal record must avoid (keyword-filter bait)
FAMOUS = re.compile(
    r"\b(bekas|second|seken|2nd|thrift\w*|pre-?loved|bal|ball|balan|ball?press|balpres|karungan|"
    r"impor|import\w*|bundle|cakar|monza|monja|awul|awul-awul|hidden gems?|rombengan|lelong)\b",
    re.I)
COUNTRIES = re.compile(r"\b(jepang|korea|malaysia|singapura|singapore|china|thailand|amerika|eropa|"
                       r"japan|taiwan|hongkong|malaka|penang|jp)\b", re.I)
PHONE = re.compile(r"(\+?62|\b0)8\d[\d\- ]{5,}")


def main():
    errs = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa
                errs.append(f"line {n}: bad json {e}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    want = {f"{PREFIX}{i:04d}" for i in range(LO, HI + 1)}
    for i in ids:
        if i not in want:
            errs.append(f"id out of range: {i}")
    seen = {}
    country_illegal = 0
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        if list(r["elements"].keys()) != EKEYS:
            errs.append(f"{rid}: element keys")
        t = r["text"]
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style {r['style']}")
        if len(t) > 160 or len(t.strip()) == 0:
            errs.append(f"{rid}: length {len(t)}")
        if "\n" in t or "\r" in t:
            errs.append(f"{rid}: line break")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if any(v not in (0, 1) or isinstance(v, bool) for v in r["elements"].values()):
            errs.append(f"{rid}: element not 0/1")
        lab = "illegal_used_import" if all(v == 1 for v in r["elements"].values()) else "legal"
        if r["label"] != lab:
            errs.append(f"{rid}: label mismatch")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]):
            errs.append(f"{rid}: category not snake_case")
        if lab == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal category without hn_")
        if lab != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal category with hn_")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone")
        if lab != "legal":
            m = FAMOUS.search(t)
            if m:
                errs.append(f"{rid}: illegal record uses famous word '{m.group(0)}'")
            if COUNTRIES.search(t):
                country_illegal += 1
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen:
            errs.append(f"{rid}: duplicate text of {seen[key]}")
        seen[key] = rid
    n = len(recs)
    labels = collections.Counter(r["label"] for r in recs)
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    n_illegal = labels["illegal_used_import"]
    if n_illegal and country_illegal > n_illegal / 2:
        errs.append(f"too many illegal records name a country: {country_illegal}")
    if errs:
        print("\n".join(errs))
        print(f"FAIL: {len(errs)} problems")
        sys.exit(1)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), "
          f"illegal {n_illegal}, illegal naming a country {country_illegal}")


if __name__ == "__main__":
    main()
