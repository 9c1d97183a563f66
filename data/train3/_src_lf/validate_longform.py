"""Independent checks on longform.jsonl."""
import json, os, re, sys, collections, unicodedata
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
rows = [json.loads(l) for l in open(P, encoding="utf-8")]
raw = open(P, encoding="utf-8").read()
if "\\u" in raw: errs.append("non-ascii escaped (ensure_ascii should be False)")
if len(rows) != 450: errs.append(f"count {len(rows)} != 450")
ids = [r["id"] for r in rows]
if ids != [f"x3-{i}" for i in range(1001, 1451)]: errs.append("ids not x3-1001..x3-1450 in order")
if len(set(ids)) != len(ids): errs.append("duplicate ids")
texts = [r["text"] for r in rows]
if len(set(texts)) != len(texts): errs.append("duplicate texts")
phone = re.compile(r"(?<![\d.,])(?:\+?62|0)\s?8\d{1,3}[\s\-.]?\d{3,4}[\s\-.]?\d{2,5}")
over600 = 0
for r in rows:
    i = r["id"]
    if list(r.keys()) != KEYS: errs.append(f"{i} key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{i} element order")
    if r["kind"] not in KINDS: errs.append(f"{i} kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{i} style")
    if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", r["category"]): errs.append(f"{i} category {r['category']}")
    if any(v not in (0, 1) or type(v) is not int for v in r["elements"].values()): errs.append(f"{i} element values")
    allone = all(r["elements"].values())
    if r["label"] not in ("illegal_used_import", "legal"): errs.append(f"{i} label value")
    if (r["label"] == "illegal_used_import") != allone: errs.append(f"{i} label/elements mismatch")
    if r["category"].startswith("illegal_") != (r["label"] == "illegal_used_import"): errs.append(f"{i} category/label mismatch")
    t = r["text"]
    n = len(t)
    if not 150 <= n <= 2000: errs.append(f"{i} length {n}")
    if n > 600: over600 += 1
    lines = t.split("\n")
    if not 2 <= len(lines) <= 20: errs.append(f"{i} lines {len(lines)}")
    if any(not l.strip() for l in lines): errs.append(f"{i} empty line")
    if t != t.strip(): errs.append(f"{i} leading/trailing whitespace")
    for m in phone.finditer(t): errs.append(f"{i} unmasked phone? {m.group()}")
    if "\r" in t or "\t" in t: errs.append(f"{i} control char")
# near-duplicate check: word 4-gram Jaccard
def sh(t):
    w = re.findall(r"\w+", t.lower()); return {tuple(w[k:k+4]) for k in range(max(1, len(w) - 3))}
S = [sh(t) for t in texts]
for a in range(len(S)):
    for b in range(a + 1, len(S)):
        inter = len(S[a] & S[b])
        if inter and inter / len(S[a] | S[b]) > 0.5: errs.append(f"near-duplicate {ids[a]} {ids[b]} {inter/len(S[a]|S[b]):.2f}")
if over600 * 3 < len(rows): errs.append(f"only {over600} texts over 600 chars")
lab = collections.Counter(r["label"] for r in rows)
cat = collections.Counter((r["label"], r["category"]) for r in rows)
print("records", len(rows), "| over600", over600, "| labels", dict(lab), f"| illegal share {lab['illegal_used_import']/len(rows):.1%}")
print("kinds", dict(collections.Counter(r["kind"] for r in rows)))
for (l, c), k in sorted(cat.items()): print(f"  {l:20s} {c:34s} {k}")
L = sorted(len(t) for t in texts); print("length min/median/max", L[0], L[len(L)//2], L[-1])
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs[:100]]; sys.exit(1)
print("VALID")
