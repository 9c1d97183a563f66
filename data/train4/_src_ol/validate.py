"""Validate oneliners.jsonl: key order, allowed values, label rule, unique ids/texts,
lengths, one line, masked phones, near-duplicates, counts."""
import json, re, sys, os, difflib, unicodedata
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "oneliners.jsonl")
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read()
lines = raw.split("\n")
if lines[-1] != "":
    errs.append("file does not end with newline")
lines = [l for l in lines if l != ""]
for n, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    if list(o.keys()) != KEYS:
        errs.append(f"line {n}: key order {list(o.keys())}")
    if json.dumps(o, ensure_ascii=False) != line:
        errs.append(f"line {n}: not ensure_ascii=False canonical dump")
    if list(o["elements"].keys()) != EKEYS:
        errs.append(f"line {n}: element keys {list(o['elements'].keys())}")
    for k in EKEYS:
        if o["elements"].get(k) not in (0, 1) or type(o["elements"].get(k)) is not int:
            errs.append(f"line {n}: element {k} bad")
    if o["kind"] not in KINDS: errs.append(f"line {n}: kind {o['kind']}")
    if o["style"] != "oneliner": errs.append(f"line {n}: style")
    if o["label"] not in ("illegal_used_import", "legal"): errs.append(f"line {n}: label")
    exp = "illegal_used_import" if all(o["elements"][k] == 1 for k in EKEYS) else "legal"
    if o["label"] != exp: errs.append(f"line {n}: label {o['label']} != elements -> {exp}")
    if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", o["category"]): errs.append(f"line {n}: category not snake_case")
    if o["id"] != f"x4-{n:04d}": errs.append(f"line {n}: id {o['id']}")
    t = o["text"]
    if not isinstance(t, str) or not t.strip(): errs.append(f"line {n}: empty text")
    if len(t) > 160: errs.append(f"line {n}: len {len(t)}: {t}")
    if "\n" in t or "\r" in t or "\u2028" in t or "\u2029" in t: errs.append(f"line {n}: multi-line")
    if t != t.strip(): errs.append(f"line {n}: surrounding whitespace")
    # phones: any run of 7+ digits (allowing spaces/dashes) is unmasked; 08.. / +62 must be followed by x
    t_nohs = re.sub(r"\b\d{4}\.\d{2}\.\d{2}\b", "", t)  # HS tariff codes like 6309.00.00 are not phones
    digits = re.sub(r"[\s\-.]", "", t_nohs)
    if re.search(r"\d{7,}", digits): errs.append(f"line {n}: long digit run (phone?): {t}")
    for m in re.finditer(r"(\+?62|\b0)8\d{1,3}", t):
        tail = t[m.end():m.end()+4]
        if not tail.lower().startswith("xxxx"): errs.append(f"line {n}: unmasked phone: {t}")
    recs.append(o)

ids = Counter(r["id"] for r in recs)
texts = Counter(r["text"] for r in recs)
norm = Counter(re.sub(r"\W+", " ", unicodedata.normalize("NFKC", r["text"]).lower()).strip() for r in recs)
errs += [f"dup id {k}" for k, v in ids.items() if v > 1]
errs += [f"dup text {k}" for k, v in texts.items() if v > 1]
errs += [f"dup normalised text {k}" for k, v in norm.items() if v > 1]
if len(recs) != 700: errs.append(f"count {len(recs)} != 700")

# near-duplicates
ts = [r["text"].lower() for r in recs]
near = []
for i in range(len(ts)):
    for j in range(i + 1, len(ts)):
        sm = difflib.SequenceMatcher(None, ts[i], ts[j])
        if sm.real_quick_ratio() > 0.8 and sm.quick_ratio() > 0.8 and sm.ratio() > 0.8:
            near.append((round(sm.ratio(), 2), recs[i]["id"], recs[j]["id"], ts[i], ts[j]))
for x in near: errs.append(f"near-duplicate {x}")

lab = Counter(r["label"] for r in recs)
print("records:", len(recs))
print("labels:", dict(lab), f"illegal share {lab['illegal_used_import']/max(1,len(recs)):.1%}")
print("kinds:", dict(Counter(r["kind"] for r in recs)))
print("categories:")
for (c, l), v in sorted(Counter((r["category"], r["label"]) for r in recs).items(), key=lambda x: (x[0][1], x[0][0])):
    print(f"  {l:20s} {c:28s} {v}")
print("element patterns:", dict(Counter("".join(str(r['elements'][k]) for k in EKEYS) for r in recs)))
L = [len(r["text"]) for r in recs]
print("length min/mean/max:", min(L), round(sum(L)/len(L), 1), max(L))
if errs:
    print("ERRORS:", len(errs)); [print(" ", e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
