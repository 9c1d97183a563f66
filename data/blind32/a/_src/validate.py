import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build
PATH = os.path.join(HERE, "..", "x63a_oneliners.jsonl")
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("dup ids")
valid_ids = {f"x63a-{i:04d}" for i in range(1, 301)}
for r in recs:
    if list(r.keys()) != KEYS: errs.append(("keys", r["id"]))
    if r["id"] not in valid_ids: errs.append(("id range", r["id"]))
    if r["kind"] not in KINDS: errs.append(("kind", r["id"]))
    if r["style"] != "oneliner": errs.append(("style", r["id"]))
    t = r["text"]
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip(): errs.append(("len/line", r["id"], len(t)))
    el = r["elements"]
    if list(el.keys()) != ["offer","used","clothing","abroad"] or any(v not in (0,1) for v in el.values()):
        errs.append(("elements", r["id"]))
    exp = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
    if r["label"] != exp: errs.append(("label", r["id"]))
    if r["label"] == "legal" and r["category"].startswith("twin_"): errs.append(("cat prefix", r["id"]))
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(("cat hn illegal", r["id"]))
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(("category", r["id"]))
    for m in re.finditer(r"(?:\+62|\b0)8[\d\s.-]{3,}", t):
        s = re.sub(r"\D", "", m.group(0))
        if len(s) >= 8: errs.append(("phone unmasked", r["id"], m.group(0)))
    if re.search(r"\d{9,}", re.sub(r"[\s.-]", "", t)): errs.append(("long digits", r["id"]))
norm = collections.Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in recs)
for k, v in norm.items():
    if v > 1: errs.append(("dup text", k[:60]))
legal = sum(r["label"] == "legal" for r in recs) / len(recs)
if not (0.50 <= legal <= 0.60): errs.append(("legal share", legal))
# family checks from sources
rows = build.load()
text2fam = {r[7]: r[0] for r in rows}
fams = collections.defaultdict(list)
for r in rows: fams[r[0]].append(r)
for f, ms in fams.items():
    if not 2 <= len(ms) <= 4: errs.append(("family size", f, len(ms)))
    cats = [m[2] for m in ms]
    if len(set(cats)) != len(cats): errs.append(("family cat dup", f))
    # every member must differ from some other member by exactly one element
    for m in ms:
        if not any(sum(x != y for x, y in zip(m[3:7], n[3:7])) == 1 for n in ms if n is not m):
            errs.append(("no one-element twin", f, m[7][:50]))
for a, b in zip(recs, recs[1:]):
    if text2fam[a["text"]] == text2fam[b["text"]]: errs.append(("adjacent family", a["id"], b["id"]))
if len(recs) != 300: errs.append(("count", len(recs)))
if errs:
    for e in errs[:80]: print(e)
    print("FAIL", len(errs))
else:
    print("OK")
