"""Validate longform.jsonl: field order, allowed values, label == all four elements,
unique ids and texts, lengths, line counts, masked phones, near-duplicates."""
import json, re, os, sys, itertools, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "longform.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.endswith("\n"):
            errs.append("line %d: no trailing newline" % n)
        o = json.loads(line)
        recs.append(o)
        if list(o.keys()) != KEYS: errs.append("%d: key order %s" % (n, list(o.keys())))
        if list(o["elements"].keys()) != EKEYS: errs.append("%d: element keys" % n)
        if any(v not in (0, 1) or type(v) is not int for v in o["elements"].values()): errs.append("%d: element values" % n)
        if o["kind"] not in KINDS: errs.append("%d: kind %s" % (n, o["kind"]))
        if o["style"] != "longform": errs.append("%d: style" % n)
        if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", o["category"]): errs.append("%d: category %s" % (n, o["category"]))
        allone = all(o["elements"][k] == 1 for k in EKEYS)
        exp = "illegal_used_import" if allone else "legal"
        if o["label"] != exp: errs.append("%d: label mismatch" % n)
        t = o["text"]
        if not (150 <= len(t) <= 2000): errs.append("%d: length %d" % (n, len(t)))
        lines = t.split("\n")
        if not (2 <= len(lines) <= 20): errs.append("%d: %d lines" % (n, len(lines)))
        if any(not l.strip() for l in lines): errs.append("%d: empty line" % n)
        if t != t.strip(): errs.append("%d: untrimmed text" % n)
        if "\r" in t or "\t" in t: errs.append("%d: CR/tab" % n)
        # phones: any run of >=7 digits (ignoring separators) starting 0/62 must not appear
        tt = re.sub(r"\b\d{1,2}[.:]\d{2}\b", " ", t)  # drop clock times like 08.00
        for m in re.finditer(r"(?:\+?62|0)[\d \-.]{7,}", tt):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 8: errs.append("%d: unmasked phone? %r" % (n, m.group()))
        for m in re.finditer(r"\b08\d\d\w*", t):
            if not re.fullmatch(r"08\d\dx{4,}", m.group()): errs.append("%d: odd phone %r" % (n, m.group()))
ids = [o["id"] for o in recs]
if ids != ["b4-%d" % i for i in range(1001, 1251)]: errs.append("ids not b4-1001..b4-1250 in order")
if len(set(ids)) != len(ids): errs.append("duplicate ids")
texts = [o["text"] for o in recs]
if len(set(texts)) != len(texts): errs.append("duplicate texts")
norm = [re.sub(r"\W+", " ", t.lower()).split() for t in texts]
def sh(ws, k=3): return {tuple(ws[i:i+k]) for i in range(max(1, len(ws)-k+1))}
S = [sh(w) for w in norm]
worst = 0
for i, j in itertools.combinations(range(len(S)), 2):
    a, b = S[i], S[j]
    jac = len(a & b) / max(1, len(a | b))
    worst = max(worst, jac)
    if jac > 0.5: errs.append("near-duplicate %s %s (%.2f)" % (ids[i], ids[j], jac))
print("records:", len(recs))
print("max 3-gram Jaccard between any two texts: %.3f" % worst)
lab = collections.Counter(o["label"] for o in recs)
print("labels:", dict(lab), "illegal share %.1f%%" % (100 * lab["illegal_used_import"] / len(recs)))
print("kinds:", dict(collections.Counter(o["kind"] for o in recs)))
L = [len(t) for t in texts]; NL = [t.count("\n") + 1 for t in texts]
print("chars min/median/max:", min(L), sorted(L)[len(L)//2], max(L), "| lines min/max:", min(NL), max(NL))
if errs:
    print("ERRORS (%d):" % len(errs)); print("\n".join(errs[:100])); sys.exit(1)
print("OK: all checks passed")
