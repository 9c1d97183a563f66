"""Validate x71d_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x71d_oneliners.jsonl")
PREFIX, N = "x71d", 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# unmasked phone: 08 / +62 / 62 followed by 7+ digits (allowing spaces/dashes)
PHONE = re.compile(r"(?:\+?62|\b0)8[\d\s\-]{7,}\d")
CAT = re.compile(r"^[a-z][a-z0-9_]*$")

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N:
        errs.append(f"count {len(recs)} != {N}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    expected = {f"{PREFIX}-{i:04d}" for i in range(1, N + 1)}
    if set(ids) != expected:
        errs.append("ids not exactly the range")
    seen = {}
    legal = 0
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if r["style"] != "oneliner":
            errs.append(f"{rid}: style {r['style']}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{rid}: empty text")
            continue
        if len(t) > 160:
            errs.append(f"{rid}: length {len(t)} > 160")
        if "\n" in t or "\r" in t:
            errs.append(f"{rid}: line break in one-liner")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
            continue
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if not CAT.match(r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        if r["label"] == "legal":
            legal += 1
            if not r["category"].startswith("hn_"):
                errs.append(f"{rid}: legal category without hn_")
        elif r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen:
            errs.append(f"{rid}: duplicate text of {seen[norm]}")
        seen[norm] = rid
    share = legal / len(recs) if recs else 0
    if not 0.70 <= share <= 0.80:
        errs.append(f"legal share {share:.3f} outside 0.70-0.80")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"OK ({len(recs)} records, legal share {share:.2%})")

if __name__ == "__main__":
    main()
