"""Validate x70c_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x70c_oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LO, HI, N_EXPECTED = 1, 300, 300
PHONE = re.compile(r"(?:\+62|62|\b0)8\d[\d\- ]{5,}")


def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    if len(recs) != N_EXPECTED:
        errs.append(f"expected {N_EXPECTED} records, got {len(recs)}")
    ids, norm = set(), set()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
            continue
        m = re.fullmatch(r"x70c-(\d{4})", rid or "")
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range/format")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        t = r["text"]
        if r["style"] == "oneliner":
            if len(t) > 160 or "\n" in t or "\r" in t:
                errs.append(f"{rid}: oneliner too long ({len(t)}) or has line break")
        elif r["style"] == "longform":
            lines = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500) or not (2 <= len(lines) <= 15):
                errs.append(f"{rid}: longform length/lines")
        else:
            errs.append(f"{rid}: bad style")
        if not t.strip():
            errs.append(f"{rid}: empty text")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
        exp = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != exp:
            errs.append(f"{rid}: label {r['label']} != derived {exp}")
        cat = r["category"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
            errs.append(f"{rid}: category not snake_case")
        if r["label"] == "legal" and not cat.startswith("hn_"):
            errs.append(f"{rid}: legal record category lacks hn_")
        if r["label"] != "legal" and cat.startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t):
            errs.append(f"{rid}: unmasked phone number: {PHONE.search(t).group(0)}")
        n = re.sub(r"\s+", " ", t.lower()).strip()
        if n in norm:
            errs.append(f"{rid}: duplicate text")
        norm.add(n)
    missing = {f"x70c-{i:04d}" for i in range(LO, HI + 1)} - ids
    if missing:
        errs.append(f"missing ids: {sorted(missing)[:5]}...")
    share = Counter(r["label"] for r in recs)["legal"] / max(len(recs), 1)
    if not (0.70 <= share <= 0.80):
        errs.append(f"legal share {share:.3f} outside 0.70-0.80")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK ({len(recs)} records, legal share {share:.2%})")


if __name__ == "__main__":
    main()
