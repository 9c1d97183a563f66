"""Validate x17a_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x17a_oneliners.jsonl")
PREFIX, LO, HI = "x17a", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
ID_RE = re.compile(r"^%s-(\d{4})$" % PREFIX)
CAT_RE = re.compile(r"^[a-z][a-z0-9_]*$")
# any run of 7+ digits (ignoring spaces/dashes/dots inside) that looks like a phone number
PHONE_RE = re.compile(r"(?:\+62|62|0)8\d[\d\s.-]{5,}\d")


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def main():
    errs = []
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad json {e}")
    ids, texts = Counter(), Counter()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        m = ID_RE.match(str(rid))
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{rid}: id out of range/format")
        ids[rid] += 1
        if r.get("kind") not in KINDS:
            errs.append(f"{rid}: bad kind {r.get('kind')}")
        if r.get("style") != "oneliner":
            errs.append(f"{rid}: style must be oneliner")
        text = r.get("text", "")
        if not isinstance(text, str) or not text.strip():
            errs.append(f"{rid}: empty text")
        if len(text) > 160:
            errs.append(f"{rid}: text too long ({len(text)})")
        if "\n" in text or "\r" in text:
            errs.append(f"{rid}: line break in one-liner")
        if text != text.strip():
            errs.append(f"{rid}: leading/trailing space")
        el = r.get("elements", {})
        if list(el.keys()) != EKEYS:
            errs.append(f"{rid}: element keys {list(el.keys())}")
        for k in EKEYS:
            v = el.get(k)
            if type(v) is not int or v not in (0, 1):
                errs.append(f"{rid}: element {k}={v!r}")
        want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
        if r.get("label") != want:
            errs.append(f"{rid}: label {r.get('label')} != derived {want}")
        cat = r.get("category", "")
        if not CAT_RE.match(cat):
            errs.append(f"{rid}: category not snake_case {cat!r}")
        if cat.startswith("hn_") and want != "legal":
            errs.append(f"{rid}: hn_ category but illegal")
        if PHONE_RE.search(text):
            errs.append(f"{rid}: unmasked phone number")
        if re.search(r"\d{9,}", text):
            errs.append(f"{rid}: long digit run")
        texts[norm(text)] += 1
    for rid, c in ids.items():
        if c > 1:
            errs.append(f"{rid}: duplicate id")
    for t, c in texts.items():
        if c > 1:
            errs.append(f"duplicate text: {t}")
    n = len(recs)
    if n == 0 or n > HI - LO + 1:
        errs.append(f"record count {n}")
    legal = sum(r.get("label") == "legal" for r in recs)
    share = legal / n if n else 0
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"records={n} legal={legal} ({share:.1%})")
    print("OK")


if __name__ == "__main__":
    main()
