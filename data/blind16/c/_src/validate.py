"""Validate x23c_oneliners.jsonl against the brief. Prints OK line or a list of problems."""
import collections, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(ROOT, "x23c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
ID_RE = re.compile(r"^x23c(\d{4})$")
LO, HI = 1, 300
# any phone-like digit run (08.., 628.., +628..) with 4+ further digits is unmasked
PHONE_RE = re.compile(r"(?:\+?62|0)8\d{2}[\d\-\. ]*\d{4,}")
FAMOUS = re.compile(r"bekas|second|seken|thrift|preloved|pre-loved|\bbal\b|ballpress|balpres|karungan|impor|import|bundle|cakar|monza|awul|hidden gem", re.I)


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def main():
    errs, warns = [], []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, texts = set(), {}
    for n, r in enumerate(recs, 1):
        where = f"line {n} ({r.get('id')})"
        if list(r.keys()) != KEYS:
            errs.append(f"{where}: keys/order {list(r.keys())}")
            continue
        m = ID_RE.match(r["id"])
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{where}: id out of range")
        if r["id"] in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(r["id"])
        if r["kind"] not in KINDS:
            errs.append(f"{where}: bad kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{where}: style must be oneliner")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{where}: empty text")
        if len(t) > 160:
            errs.append(f"{where}: text {len(t)} chars > 160")
        if "\n" in t or "\r" in t:
            errs.append(f"{where}: line break in one-liner")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"] or ""):
            errs.append(f"{where}: category not snake_case")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{where}: bad elements {el}")
            continue
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{where}: label {r['label']} != derived {want}")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errs.append(f"{where}: legal record category must start with hn_")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{where}: illegal record with hn_ category")
        if PHONE_RE.search(t):
            errs.append(f"{where}: unmasked phone number")
        if r["label"] == "illegal_used_import" and FAMOUS.search(t):
            warns.append(f"{where}: illegal text uses a famous word: {FAMOUS.search(t).group(0)}")
        k = norm(t)
        if k in texts:
            errs.append(f"{where}: duplicate text of {texts[k]}")
        texts[k] = r["id"]
    n = len(recs)
    if ids != {f"x23c{i:04d}" for i in range(LO, LO + n)}:
        errs.append("ids are not a contiguous run from x23c0001")
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    for w in warns:
        print("WARN", w)
    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    c = collections.Counter(r["label"] for r in recs)
    print(f"OK {n} records; legal {c['legal']} ({share:.1%}), illegal_used_import {c['illegal_used_import']}; kinds {len({r['kind'] for r in recs})}/8")


if __name__ == "__main__":
    main()
