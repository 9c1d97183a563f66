"""Validate x17b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x17b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 150

def main():
    errs = []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, norm = set(), {}
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        m = re.fullmatch(r"x17b-(\d{4})", rid or "")
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind {r['kind']}")
        if r["style"] != "longform":
            errs.append(f"{rid}: style {r['style']}")
        t = r["text"]
        if not (150 <= len(t) <= 1500):
            errs.append(f"{rid}: length {len(t)}")
        lines = [x for x in t.split("\n") if x.strip()]
        if not (2 <= len(lines) <= 15):
            errs.append(f"{rid}: {len(lines)} non-empty lines")
        el = r["elements"]
        if list(el.keys()) != ELS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errs.append(f"{rid}: bad elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
        if r["label"] != want:
            errs.append(f"{rid}: label {r['label']} != {want}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{rid}: category {r['category']}")
        if r["label"] == "legal" and not r["category"].startswith("hn_") and sum(el.values()) >= 3:
            pass
        if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        # phones: any run of 6+ digits (ignoring separators inside) that looks like a phone
        for ph in re.findall(r"(?:\+?62|0)8[\d\- ]{6,}", t):
            errs.append(f"{rid}: unmasked phone {ph!r}")
        for ph in re.findall(r"\b0?8\d{2}[x\d]*", t):
            if "x" not in ph and len(ph) >= 6:
                errs.append(f"{rid}: unmasked phone {ph!r}")
        n = re.sub(r"\s+", " ", t.lower()).strip()
        if n in norm:
            errs.append(f"{rid}: duplicate text of {norm[n]}")
        norm[n] = rid
    if len(rows) != HI - LO + 1:
        errs.append(f"count {len(rows)} != {HI - LO + 1}")
    legal = sum(r["label"] == "legal" for r in rows)
    share = legal / len(rows) if rows else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problems")
        sys.exit(1)
    print(f"records={len(rows)} legal={legal} ({share:.1%})")
    print("labels:", dict(Counter(r["label"] for r in rows)))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("categories:", dict(sorted(Counter(r["category"] for r in rows).items())))
    print("legal element patterns:", dict(Counter("".join(str(r["elements"][k]) for k in ELS) for r in rows if r["label"] == "legal")))
    print("OK")

if __name__ == "__main__":
    main()
