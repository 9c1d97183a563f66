import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x71c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
FAMOUS = re.compile(r"\b(thrift\w*|bal|balpres|ballpres|bekas impor|cakar|monza|monja|awul-awul)\b", re.I)
N = 300
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if set(ids) != {f"x71c-{i:04d}" for i in range(1, N + 1)}:
    errs.append("ids not exactly x71c-0001..x71c-0300")
seen = {}
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS:
        errs.append(f"{i}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS:
        errs.append(f"{i}: element keys")
    if r["kind"] not in KINDS:
        errs.append(f"{i}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{i}: style")
    t = r["text"]
    if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
        errs.append(f"{i}: length/linebreak ({len(t)})")
    if t != t.strip():
        errs.append(f"{i}: surrounding whitespace")
    el = r["elements"]
    if any(v not in (0, 1) or type(v) is not int for v in el.values()):
        errs.append(f"{i}: element values")
    lab = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != lab:
        errs.append(f"{i}: label")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{i}: category not snake_case")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{i}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{i}: illegal category with hn_")
    if "quiet" in r["category"] and FAMOUS.search(t):
        errs.append(f"{i}: quiet record uses famous word: {FAMOUS.search(t).group(0)}")
    # phones: no run of 7+ digits, every 08xx / +62 8xx number masked with xxxx
    if re.search(r"\d[\d\s.-]{6,}\d", t) and re.search(r"\d{7,}", re.sub(r"[\s.-]", "", t)):
        for m in re.finditer(r"\d[\d\s-]{6,}\d", t):
            if len(re.sub(r"\D", "", m.group(0))) >= 7:
                errs.append(f"{i}: long digit run (phone?) {m.group(0)}")
    for m in re.finditer(r"(?:\+62|\b62|\b0)8\d{2}[\w-]*", t):
        if not re.fullmatch(r"(?:\+62|62|0)8\d{2}-?x{4,}", m.group(0)):
            errs.append(f"{i}: unmasked phone {m.group(0)}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen:
        errs.append(f"{i}: duplicate text of {seen[key]}")
    seen[key] = i
lab = Counter(r["label"] for r in recs)
share = lab["legal"] / len(recs)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f}")
fp = os.path.join(HERE, "_families.json")
if os.path.exists(fp):
    fams = json.load(open(fp))
    for a, b, r in zip(fams, fams[1:], recs[1:]):
        if a == b:
            errs.append(f"{r['id']}: family {a} members adjacent")
if errs:
    print("\n".join(errs)); print(f"{len(errs)} problems"); sys.exit(1)
print(f"labels {dict(lab)} legal share {share:.3f}")
print("OK")
