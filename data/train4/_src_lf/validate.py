"""Validate longform.jsonl: field order, allowed values, label consistency, unique ids/texts,
lengths, line counts, masked phones, near-duplicates, label/category balance."""
import json, os, re, sys, collections, itertools
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "longform.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
errs = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.endswith("\n"):
            errs.append(f"line {ln}: no trailing newline")
        o = json.loads(line)
        rows.append(o)
        if list(o.keys()) != KEYS: errs.append(f"{ln}: key order {list(o.keys())}")
        if list(o["elements"].keys()) != EKEYS: errs.append(f"{ln}: element order")
        if any(v not in (0, 1) or type(v) is not int for v in o["elements"].values()): errs.append(f"{ln}: element values")
        if o["kind"] not in KINDS: errs.append(f"{ln}: kind {o['kind']}")
        if o["style"] != "longform": errs.append(f"{ln}: style")
        if o["label"] not in ("illegal_used_import", "legal"): errs.append(f"{ln}: label value")
        allone = all(o["elements"][k] == 1 for k in EKEYS)
        if (o["label"] == "illegal_used_import") != allone: errs.append(f"{ln}: label/element mismatch")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", o["category"]): errs.append(f"{ln}: category not snake_case")
        if o["category"].startswith("illegal") != (o["label"] == "illegal_used_import"): errs.append(f"{ln}: category prefix vs label")
        t = o["text"]
        if not (150 <= len(t) <= 2000): errs.append(f"{ln}: length {len(t)}")
        nl = t.count("\n") + 1
        if not (2 <= nl <= 20): errs.append(f"{ln}: lines {nl}")
        if t != t.strip(): errs.append(f"{ln}: leading/trailing whitespace")
        if any(l.strip() == "" for l in t.split("\n")) and False: pass
        # phones: any run of >=7 digits (allowing separators) starting 08 / 62 / +62 must not appear
        for m in re.finditer(r"(?:\+?62|0)8[\d\s.\-]{6,}", t):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 9: errs.append(f"{ln}: unmasked phone? {m.group()!r}")
        if re.search(r"\b\d{10,}\b", t): errs.append(f"{ln}: long digit run")
ids = [o["id"] for o in rows]
exp = [f"x4-{i}" for i in range(1001, 1451)]
if ids != exp: errs.append("ids not exactly x4-1001..x4-1450 in order")
if len(set(o["text"] for o in rows)) != len(rows): errs.append("duplicate texts")
# near-duplicates: Jaccard over word 3-shingles
def sh(t):
    w = re.findall(r"\w+", t.lower())
    return set(zip(w, w[1:], w[2:]))
S = [sh(o["text"]) for o in rows]
near = []
for i, j in itertools.combinations(range(len(rows)), 2):
    a, b = S[i], S[j]
    if a and b:
        jac = len(a & b) / len(a | b)
        if jac > 0.5: near.append((rows[i]["id"], rows[j]["id"], round(jac, 2)))
if near: errs.append(f"near-duplicates: {near}")
L = [len(o["text"]) for o in rows]
n = len(rows); ill = sum(o["label"] == "illegal_used_import" for o in rows)
over600 = sum(l > 600 for l in L)
if over600 * 3 < n: errs.append(f"only {over600} texts over 600 chars")
print(f"records {n}; illegal {ill} ({ill/n:.1%}); legal {n-ill}")
print(f"length min {min(L)} max {max(L)} mean {sum(L)/n:.0f}; over 600: {over600}")
print("kinds:", dict(collections.Counter(o["kind"] for o in rows)))
print("categories:")
for c, k in sorted(collections.Counter(o["category"] for o in rows).items()):
    print(f"  {c}: {k}")
print("element patterns:", dict(collections.Counter("".join(str(o['elements'][k]) for k in EKEYS) for o in rows)))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
