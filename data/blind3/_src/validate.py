"""Validate blind3 files: field order, allowed values, label rule, ids, uniqueness,
lengths, line counts, masked phone numbers, near-duplicates."""
import json, re, os, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s.-]{5,}\d")
errors = []
def err(m): errors.append(m)

def shingles(t, n=4):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i+n]) for i in range(max(1, len(w)-n+1))}

alltexts = {}
for fname, style, lo, hi, n, start in [("oneliners.jsonl", "oneliner", 1, 160, 400, 1),
                                       ("longform.jsonl", "longform", 150, 2000, 250, 1001)]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    if len(recs) != n: err(f"{fname}: {len(recs)} records, expected {n}")
    ids = [r["id"] for r in recs]
    if ids != ["b3-%04d" % i for i in range(start, start + n)]: err(f"{fname}: ids not sequential")
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS: err(f"{rid}: key order {list(r.keys())}")
        if list(r["elements"].keys()) != EKEYS: err(f"{rid}: element order")
        if any(v not in (0, 1) or isinstance(v, bool) for v in r["elements"].values()): err(f"{rid}: element values")
        if r["kind"] not in KINDS: err(f"{rid}: kind {r['kind']}")
        if r["style"] != style: err(f"{rid}: style")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err(f"{rid}: category {r['category']}")
        exp = "illegal_used_import" if all(r["elements"].values()) else "legal"
        if r["label"] != exp: err(f"{rid}: label mismatch")
        t = r["text"]
        if t != t.strip(): err(f"{rid}: whitespace at ends")
        L = len(t)
        if not (lo <= L <= hi): err(f"{rid}: length {L}")
        lines = t.split("\n")
        if style == "oneliner" and len(lines) != 1: err(f"{rid}: oneliner has newline")
        if style == "longform" and not (2 <= len(lines) <= 20): err(f"{rid}: {len(lines)} lines")
        if style == "longform" and any(not x.strip() for x in lines): err(f"{rid}: empty line")
        if PHONE.search(t): err(f"{rid}: unmasked phone {PHONE.search(t).group()}")
        if t in alltexts: err(f"{rid}: duplicate text of {alltexts[t]}")
        alltexts[t] = rid
    c = collections.Counter(r["label"] for r in recs)
    print(fname, dict(c), "illegal share %.1f%%" % (100 * c["illegal_used_import"] / len(recs)))

# near-duplicates (Jaccard over word 4-grams, plus exact lowercase alnum match)
items = list(alltexts.items())
sh = [(rid, shingles(t), re.sub(r"\W+", "", t.lower())) for t, rid in items]
for i in range(len(sh)):
    for j in range(i + 1, len(sh)):
        a, b = sh[i], sh[j]
        if a[2] == b[2]: err(f"near-dup (normalized equal) {a[0]} {b[0]}"); continue
        inter = len(a[1] & b[1])
        if inter and inter / len(a[1] | b[1]) > 0.5: err(f"near-dup {a[0]} {b[0]} {inter/len(a[1]|b[1]):.2f}")

if errors:
    print("\n".join(errors)); print(len(errors), "problems"); sys.exit(1)
print("OK: all checks passed")
