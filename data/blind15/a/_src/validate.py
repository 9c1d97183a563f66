"""Validate x22a_oneliners.jsonl. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x22a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (they are meant to pass a keyword filter)
FAMOUS = re.compile(r"\b(bekas|second|seken|secon|2nd|thrift\w*|preloved|pre-loved|bal|ball|balpres|ballpres\w*|balpress|bal press|karungan|impor|import\w*|bundle|bundel|cakar|monza|monja|awul|awul-awul|hidden gems?|bongkar bal|pecah bal)\b", re.I)
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\- ]{5,}")

def main():
    errs = []
    lines = open(PATH, encoding="utf-8").read().splitlines()
    ids, norm = set(), Counter()
    labels = Counter()
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            errs.append(f"{n}: keys {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS:
            errs.append(f"{n}: element keys")
        rid = r["id"]
        m = re.fullmatch(r"x22a(\d{4})", rid)
        if not m or not (1 <= int(m.group(1)) <= 300):
            errs.append(f"{n}: id out of range {rid}")
        if rid in ids:
            errs.append(f"{n}: duplicate id {rid}")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style")
        t = r["text"]
        if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
            errs.append(f"{rid}: length/linebreak {len(t)}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        el = r["elements"]
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: elements not 0/1")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{rid}: legal record category should start with hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone: {PHONE.search(t).group(0)}")
        if r["label"] == "illegal_used_import":
            f = FAMOUS.search(t)
            if f:
                errs.append(f"{rid}: illegal record uses famous word '{f.group(0)}'")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if norm[key]:
            errs.append(f"{rid}: duplicate text")
        norm[key] += 1
        labels[r["label"]] += 1
    total = sum(labels.values())
    share = labels["legal"] / total if total else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s); {total} records, legal share {share:.3f}")
        sys.exit(1)
    print(f"OK ({total} records, legal share {share:.3f})")

if __name__ == "__main__":
    main()
