"""Validate x29c_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x29c_oneliners.jsonl")
PREFIX, LO, HI = "x29c", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# an unmasked Indonesian phone number: 08.. or +62/62.. followed by many digits
PHONE = re.compile(r"(?:\+?62[\s\-]?|\b0)8\d{2}[\d\s.\-]{4,}\d")
CAT = re.compile(r"^[a-z][a-z0-9_]*$")


def main():
    errs = []
    seen_ids, seen_texts = set(), {}
    labels = collections.Counter()
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            n += 1
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {ln}: bad json {e}")
                continue
            if list(r.keys()) != KEYS:
                errs.append(f"line {ln}: keys {list(r.keys())}")
                continue
            rid = r["id"]
            m = re.fullmatch(PREFIX + r"(\d{4})", rid)
            if not m or not LO <= int(m.group(1)) <= HI:
                errs.append(f"{rid}: id out of range")
            if rid in seen_ids:
                errs.append(f"{rid}: duplicate id")
            seen_ids.add(rid)
            if r["kind"] not in KINDS:
                errs.append(f"{rid}: bad kind {r['kind']}")
            if r["style"] != "oneliner":
                errs.append(f"{rid}: style {r['style']}")
            t = r["text"]
            if not isinstance(t, str) or not t.strip():
                errs.append(f"{rid}: empty text")
                continue
            if len(t) > 160:
                errs.append(f"{rid}: {len(t)} chars > 160")
            if "\n" in t or "\r" in t:
                errs.append(f"{rid}: line break in oneliner")
            if t != t.strip():
                errs.append(f"{rid}: leading/trailing space")
            if PHONE.search(t):
                errs.append(f"{rid}: unmasked phone {PHONE.search(t).group(0)}")
            key = re.sub(r"\s+", " ", t.lower()).strip()
            if key in seen_texts:
                errs.append(f"{rid}: duplicate text of {seen_texts[key]}")
            seen_texts[key] = rid
            el = r["elements"]
            if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
                errs.append(f"{rid}: bad elements {el}")
                continue
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want:
                errs.append(f"{rid}: label {r['label']} != {want}")
            if not CAT.match(r["category"]):
                errs.append(f"{rid}: category not snake_case")
            if r["label"] == "legal" and not r["category"].startswith("hn_"):
                pass  # ordinary legal texts may have other names; hard negatives use hn_
            if r["label"] != "legal" and r["category"].startswith("hn_"):
                errs.append(f"{rid}: illegal record with hn_ category")
            labels[r["label"]] += 1
    if n != HI - LO + 1:
        errs.append(f"record count {n} != {HI - LO + 1}")
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    if errs:
        for e in errs:
            print("ERROR", e)
        print(f"FAILED: {len(errs)} problems")
        sys.exit(1)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), illegal_used_import {labels['illegal_used_import']}")


if __name__ == "__main__":
    main()
