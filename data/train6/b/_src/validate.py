"""Validate x25b_longform.jsonl against the brief."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x25b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
ID_RE = re.compile(r"^x25b(\d{4})$")
LO, HI = 1, 150
PHONE_RE = re.compile(r"(?:\+62|\b0)8\d[\d\- ]{5,}")
CAT_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def main():
    errs = []
    ids, texts = set(), set()
    n = legal = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line)
            n += 1
            where = f"line {ln}"
            if list(r.keys()) != KEYS:
                errs.append(f"{where}: key order {list(r.keys())}")
                continue
            m = ID_RE.match(r["id"])
            if not m or not (LO <= int(m.group(1)) <= HI):
                errs.append(f"{where}: id out of range {r['id']}")
            if r["id"] in ids:
                errs.append(f"{where}: duplicate id {r['id']}")
            ids.add(r["id"])
            if r["kind"] not in KINDS:
                errs.append(f"{where}: bad kind {r['kind']}")
            if r["style"] != "longform":
                errs.append(f"{where}: bad style {r['style']}")
            if not CAT_RE.match(r["category"]):
                errs.append(f"{where}: bad category {r['category']}")
            t = r["text"]
            if not (150 <= len(t) <= 1500):
                errs.append(f"{where}: length {len(t)}")
            nl = [x for x in t.split("\n") if x.strip()]
            if not (2 <= len(nl) <= 15):
                errs.append(f"{where}: {len(nl)} non-empty lines")
            el = r["elements"]
            if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
                errs.append(f"{where}: bad elements {el}")
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want:
                errs.append(f"{where}: label {r['label']} != {want}")
            if r["label"] == "legal":
                legal += 1
            elif r["category"].startswith("hn_"):
                errs.append(f"{where}: illegal record with hn_ category")
            if PHONE_RE.search(t):
                errs.append(f"{where}: unmasked phone {PHONE_RE.search(t).group(0)}")
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in texts:
                errs.append(f"{where}: duplicate text")
            texts.add(norm)
    if n != HI - LO + 1:
        errs.append(f"count {n} != {HI - LO + 1}")
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    print(f"OK {n} records, legal {legal} ({share:.1%}), illegal {n - legal}")


if __name__ == "__main__":
    main()
