"""Validate oneliners.jsonl: field order, allowed values, label consistency, ids, uniqueness,
length, masked phones, near-duplicates."""
import json, os, re, sys, collections, difflib, unicodedata

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
errs = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.endswith("\n"):
            errs.append(f"line {n}: no newline")
        obj = json.loads(line)
        rows.append(obj)
        if list(obj.keys()) != KEYS:
            errs.append(f"line {n}: key order {list(obj.keys())}")
        if list(obj["elements"].keys()) != EKEYS:
            errs.append(f"line {n}: element order")
        if obj["id"] != f"x3-{n:04d}":
            errs.append(f"line {n}: id {obj['id']}")
        if obj["kind"] not in KINDS:
            errs.append(f"line {n}: kind {obj['kind']}")
        if obj["style"] != "oneliner":
            errs.append(f"line {n}: style")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", obj["category"]):
            errs.append(f"line {n}: category {obj['category']}")
        el = obj["elements"]
        if any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
            errs.append(f"line {n}: element values")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if obj["label"] != want:
            errs.append(f"line {n}: label {obj['label']} != {want}")
        t = obj["text"]
        if len(t) > 160 or len(t.strip()) < 10:
            errs.append(f"line {n}: length {len(t)}")
        if "\n" in t or t != t.strip():
            errs.append(f"line {n}: whitespace/newline")
        if obj["category"].startswith("illegal_") != (want != "legal"):
            errs.append(f"line {n}: category/label mismatch {obj['category']} {want}")
        # phones: any run of 7+ digits (ignoring spaces/dashes) starting with 0/62/+62 must not appear
        for m in re.finditer(r"(\+?62|0)[\s-]?8[\d\s-]{6,}", t):
            errs.append(f"line {n}: unmasked phone {m.group(0)!r}")
        for m in re.finditer(r"\d{9,}", t):
            errs.append(f"line {n}: long digit run {m.group(0)!r}")
        for m in re.finditer(r"08\d{2}x+", t):
            pass  # masked phone OK
        with open(PATH, "rb") as fb:
            pass
# ensure_ascii=False check
raw = open(PATH, encoding="utf-8").read()
if "\\u" in raw:
    errs.append("escaped unicode found (ensure_ascii not False?)")
# uniqueness
texts = [r["text"] for r in rows]
dupe = [t for t, c in collections.Counter(texts).items() if c > 1]
if dupe:
    errs.append(f"duplicate texts: {dupe}")
norm = [re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", t).lower()).strip() for t in texts]
if len(set(norm)) != len(norm):
    errs.append("duplicate normalized texts")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if len(rows) != 700:
    errs.append(f"count {len(rows)} != 700")
# near-duplicates
near = []
for i in range(len(norm)):
    for j in range(i + 1, len(norm)):
        r = difflib.SequenceMatcher(None, norm[i], norm[j]).quick_ratio()
        if r > 0.8:
            r = difflib.SequenceMatcher(None, norm[i], norm[j]).ratio()
            if r > 0.8:
                near.append((round(r, 2), ids[i], ids[j], texts[i], texts[j]))
for x in near:
    errs.append(f"near-duplicate {x}")

lab = collections.Counter(r["label"] for r in rows)
print("records:", len(rows), dict(lab), f"illegal share {lab['illegal_used_import']/len(rows):.1%}")
print("max length:", max(len(t) for t in texts))
if errs:
    print("ERRORS:")
    for e in errs:
        print(" ", e)
    sys.exit(1)
print("OK: all checks passed")
