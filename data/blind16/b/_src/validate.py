"""Validate x23b_longform.jsonl against the brief. Prints OK line when all checks pass."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x23b_longform.jsonl")
ID_LO, ID_HI, PREFIX = 1, 150, "x23b"
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL_KEYS = ["offer", "used", "clothing", "abroad"]
# an unmasked phone: 08/62/+62 followed by 7+ digits (spaces/dashes allowed)
PHONE = re.compile(r"(?:\+?62|\b0)8[\d\s\-]{7,}\d")
MASKED = re.compile(r"\b08\d{2}x{3,}\b")


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, texts = set(), {}
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        m = re.fullmatch(PREFIX + r"(\d{4})", rid)
        if not m or not (ID_LO <= int(m.group(1)) <= ID_HI):
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        el = r["elements"]
        if list(el.keys()) != EL_KEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EL_KEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != derived {want}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category not snake_case")
        if r["category"].startswith("hn_") and r["label"] != "legal":
            errs.append(f"{rid}: hn_ category but illegal")
        if not r["category"].startswith("hn_") and r["label"] != "illegal_used_import":
            errs.append(f"{rid}: non-hn category but legal")
        t = r["text"]
        if r["style"] == "longform":
            nlines = len([x for x in t.split("\n") if x.strip()])
            if not (150 <= len(t) <= 1500):
                errs.append(f"{rid}: longform length {len(t)}")
            if not (2 <= nlines <= 15):
                errs.append(f"{rid}: longform lines {nlines}")
        elif r["style"] == "oneliner":
            if len(t) > 160 or "\n" in t:
                errs.append(f"{rid}: oneliner too long or multi-line")
        else:
            errs.append(f"{rid}: bad style {r['style']}")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)!r}")
        n = norm(t)
        if n in texts:
            errs.append(f"{rid}: duplicate text of {texts[n]}")
        texts[n] = rid
    if len(ids) != ID_HI - ID_LO + 1:
        errs.append(f"expected {ID_HI - ID_LO + 1} ids, got {len(ids)}")
    labels = collections.Counter(r["label"] for r in recs)
    share = labels["legal"] / max(1, len(recs))
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    masked = sum(len(MASKED.findall(r["text"])) for r in recs)
    print(f"OK: {len(recs)} records, legal {labels['legal']} ({share:.1%}), "
          f"illegal {labels['illegal_used_import']}, masked phones {masked}")


if __name__ == "__main__":
    main()
