"""Validate x54c_oneliners.jsonl against the brief."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import a, b, c, d, e, f, g
PATH = os.path.join(os.path.dirname(HERE), "x54c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(\+62|\b62|\b0)\s?8\d{2}[\s.-]?\d{2,}")
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
if len(recs) != 300:
    errs.append("expected 300 records, got %d" % len(recs))
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if sorted(ids) != ["x54c-%04d" % i for i in range(1, 301)]:
    errs.append("ids not exactly x54c-0001..x54c-0300")
seen = {}
for r in recs:
    i = r["id"]
    if list(r.keys()) != KEYS: errs.append(i + " key order")
    if list(r["elements"].keys()) != EKEYS: errs.append(i + " element keys")
    if r["kind"] not in KINDS: errs.append(i + " kind")
    if r["style"] != "oneliner": errs.append(i + " style")
    t = r["text"]
    if len(t) > 160: errs.append("%s too long (%d)" % (i, len(t)))
    if "\n" in t or "\r" in t: errs.append(i + " line break")
    if not t.strip(): errs.append(i + " empty")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1) or isinstance(r["elements"][k], bool): errs.append(i + " element " + k)
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(i + " label")
    if r["label"] == "legal" and r["category"].startswith("twin_offer"): errs.append(i + " legal with offer category")
    if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"): errs.append(i + " illegal with hn_ category")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): errs.append(i + " category not snake_case")
    if PHONE.search(t): errs.append(i + " unmasked phone")
    for m in re.finditer(r"08\d\d\S*", t):
        if not m.group().startswith("0812xxxx"): errs.append(i + " phone not masked as 0812xxxx")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append(i + " duplicate text of " + seen[norm])
    seen[norm] = i
share = sum(r["label"] == "legal" for r in recs) / len(recs)
if not 0.50 <= share <= 0.60: errs.append("legal share %.3f" % share)
# family checks on the source lists: size 2-4, distinct categories, members not adjacent in output
rows = a.ROWS + b.ROWS + c.ROWS + d.ROWS + e.ROWS + f.ROWS + g.ROWS
fam = collections.defaultdict(list)
for row in rows: fam[row[0]].append(row)
text2fam = {row[7]: row[0] for row in rows}
for k, v in fam.items():
    if not 2 <= len(v) <= 4: errs.append(k + " family size %d" % len(v))
    if len({x[1] for x in v}) != len(v): errs.append(k + " shares a category")
for x, y in zip(recs, recs[1:]):
    if text2fam.get(x["text"]) == text2fam.get(y["text"]): errs.append(x["id"] + " adjacent to a family member")
if len(rows) != len(recs) or any(r["text"] not in text2fam for r in recs): errs.append("output does not match sources")
if errs:
    print("\n".join(errs)); print("FAIL (%d problems)" % len(errs)); sys.exit(1)
print("legal share %.3f, families %d" % (share, len(fam)))
print("OK")
