"""Validate x20b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x20b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (word-boundary match)
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|preloved|pre-loved|bal|ball|ballpress|balpres|ballpres|karungan|impor|import\w*|bundle|bundlean|cakar|monza|monja|awul-awul|awul|hidden gems?|bongkar bal)\b", re.I)
PHONE = re.compile(r"(?:\+?62|\b0)8\d{2}[\s.-]?\d{3,}")

def main():
    errs = []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS:
            errs.append(f"{rid}: element keys")
        m = re.fullmatch(r"x20b(\d{4})", rid or "")
        if not m or not (1 <= int(m.group(1)) <= 150):
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "longform":
            errs.append(f"{rid}: style")
        t = r["text"]
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: length {len(t)}")
        nl = [l for l in t.split("\n") if l.strip()]
        if not (2 <= len(nl) <= 15):
            errs.append(f"{rid}: {len(nl)} non-empty lines")
        el = r["elements"]
        if any(v not in (0, 1) for v in el.values()):
            errs.append(f"{rid}: element not 0/1")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label derivation")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category not snake_case")
        if r["label"] == "legal" and el["offer"] == 1 and el["used"] == 1 and el["clothing"] == 1 and not r["category"].startswith("hn_"):
            pass
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal record category must start with hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)}")
        if r["label"] == "illegal_used_import":
            f = FAMOUS.search(t)
            if f:
                errs.append(f"{rid}: famous word in illegal record: {f.group(0)}")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in texts:
            errs.append(f"{rid}: duplicate text")
        texts.add(key)
    n = len(rows)
    legal = sum(r["label"] == "legal" for r in rows)
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAILED ({len(errs)} problems)")
        sys.exit(1)
    print(f"records={n} legal={legal} ({share:.1%})")
    print("labels", dict(Counter(r['label'] for r in rows)))
    print("kinds", dict(Counter(r['kind'] for r in rows)))
    print("categories", dict(sorted(Counter(r['category'] for r in rows).items())))
    print("OK")

if __name__ == "__main__":
    main()
