"""Validate x28b_longform.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x28b_longform.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
VALID_IDS = {f"x28b{i:04d}" for i in range(1, 151)}
PHONE = re.compile(r"(?:\+62|\b62|\b0)8\d[\d\- .]{6,}")
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|preloved|bal|ball ?press|bal ?pres|balpres|karungan|impor\w*|import\w*|bundle|cakar|monza|monja|awul-awul|hidden gems?)\b", re.I)
CATEGORY = re.compile(r"^[a-z][a-z0-9_]*$")


def main():
    errs, warns = [], []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, texts = Counter(), Counter()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        ids[rid] += 1
        if rid not in VALID_IDS:
            errs.append(f"{rid}: id out of range")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "longform":
            errs.append(f"{rid}: style {r['style']}")
        if not CATEGORY.match(r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        t = r["text"]
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: length {len(t)}")
        nl = [l for l in t.split("\n") if l.strip()]
        if not (2 <= len(nl) <= 15):
            errs.append(f"{rid}: {len(nl)} non-empty lines")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if want == "legal" and not r["category"].startswith("hn_"):
            warns.append(f"{rid}: legal record category without hn_ ({r['category']})")
        if want != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)!r}")
        if want != "legal":
            m = FAMOUS.search(t)
            if m:
                errs.append(f"{rid}: famous word in illegal record: {m.group(0)!r}")
        texts[re.sub(r"\s+", " ", t.lower()).strip()] += 1
    for k, v in ids.items():
        if v > 1:
            errs.append(f"{k}: duplicate id")
    for k, v in texts.items():
        if v > 1:
            errs.append(f"duplicate text: {k[:60]!r}")
    n = len(recs)
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    for w in warns:
        print("WARN", w)
    if errs:
        for e in errs:
            print("ERR", e)
        print(f"FAIL: {len(errs)} problems in {n} records")
        sys.exit(1)
    print(f"OK: {n} records, legal {legal} ({share:.1%}), illegal {n - legal}")


if __name__ == "__main__":
    main()
