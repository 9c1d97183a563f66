"""Validate x11b_longform.jsonl against the brief's rules."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x11b_longform.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
ID_RE = re.compile(r"^x11b-(\d{4})$")
PHONE_RE = re.compile(r"(?:\+?62|0)8\d[\d\-\s]{5,}")  # unmasked Indonesian mobile numbers


def main():
    errs = []
    ids, norm = set(), {}
    n = legal = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line)
            n += 1
            if list(r.keys()) != KEYS:
                errs.append(f"{ln}: key order {list(r.keys())}")
            m = ID_RE.match(r["id"])
            if not m or not (1 <= int(m.group(1)) <= 200):
                errs.append(f"{ln}: bad id {r['id']}")
            if r["id"] in ids:
                errs.append(f"{ln}: duplicate id {r['id']}")
            ids.add(r["id"])
            if r["kind"] not in KINDS:
                errs.append(f"{r['id']}: bad kind {r['kind']}")
            if r["style"] != "longform":
                errs.append(f"{r['id']}: style {r['style']}")
            t = r["text"]
            if not (150 <= len(t) <= 1500):
                errs.append(f"{r['id']}: length {len(t)}")
            lines = [x for x in t.split("\n") if x.strip()]
            if not (2 <= len(lines) <= 15):
                errs.append(f"{r['id']}: {len(lines)} non-empty lines")
            el = r["elements"]
            if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
                errs.append(f"{r['id']}: bad elements {el}")
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want:
                errs.append(f"{r['id']}: label {r['label']} != {want}")
            if not re.match(r"^[a-z0-9]+(_[a-z0-9]+)*$", r["category"]):
                errs.append(f"{r['id']}: category {r['category']}")
            if r["label"] == "legal" and r["category"].startswith(("plain_", "regional_", "filter_", "route_", "market_", "sorted_", "wholesale_", "reseller_")):
                errs.append(f"{r['id']}: legal record with illegal-style category")
            if r["label"] != "legal" and r["category"].startswith("hn_"):
                errs.append(f"{r['id']}: illegal record with hn_ category")
            for mm in PHONE_RE.finditer(t):
                errs.append(f"{r['id']}: unmasked phone {mm.group(0)!r}")
            key = re.sub(r"\s+", " ", t.lower()).strip()
            if key in norm:
                errs.append(f"{r['id']}: duplicate text of {norm[key]}")
            norm[key] = r["id"]
            legal += r["label"] == "legal"
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAILED ({len(errs)} problems)")
        sys.exit(1)
    print(f"OK: {n} records, legal share {share:.3f}")


if __name__ == "__main__":
    main()
