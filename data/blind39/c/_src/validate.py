"""Validate x75c_oneliners.jsonl (and family rules from the sources). Prints OK."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

PATH = build.OUT
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
N = 300
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
valid_ids = {f"x75c-{i:04d}" for i in range(1, N + 1)}
for i in ids:
    if i not in valid_ids:
        errs.append("id out of range " + i)
seen = {}
for r in recs:
    if list(r.keys()) != KEYS:
        errs.append(r["id"] + " key order")
    if list(r["elements"].keys()) != ELS:
        errs.append(r["id"] + " element keys")
    t = r["text"]
    if r["style"] != "oneliner":
        errs.append(r["id"] + " style")
    if len(t) > 160 or len(t) < 10:
        errs.append(r["id"] + f" length {len(t)}")
    if "\n" in t or "\r" in t:
        errs.append(r["id"] + " line break")
    if r["kind"] not in KINDS:
        errs.append(r["id"] + " kind")
    for k in ELS:
        if r["elements"][k] not in (0, 1):
            errs.append(r["id"] + " element " + k)
    lab = "illegal_used_import" if all(r["elements"][k] == 1 for k in ELS) else "legal"
    if r["label"] != lab:
        errs.append(r["id"] + " label")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
        errs.append(r["id"] + " category")
    if lab == "legal" and not r["category"].startswith("hn_"):
        errs.append(r["id"] + " legal category without hn_")
    if lab != "legal" and r["category"].startswith("hn_"):
        errs.append(r["id"] + " illegal category with hn_")
    # phones: a number starting 08/+62 8 must be masked right after its 4-digit prefix
    if re.search(r"(?:\+62\s?|\b0)8\d{2}[\s\-\.]?\d{3,}", t):
        errs.append(r["id"] + " unmasked phone")
    if re.search(r"\d{9,}", t):
        errs.append(r["id"] + " long digit run")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(r["id"] + " duplicate text of " + seen[norm])
    seen[norm] = r["id"]
if len(recs) != N:
    errs.append(f"count {len(recs)} != {N}")
legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(1, len(recs))
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f}")
# family rules from sources
rows = build.load()
fam = collections.defaultdict(list)
for r in rows:
    fam[r["family"]].append(r)
for f, ms in fam.items():
    if not 2 <= len(ms) <= 4:
        errs.append(f"family {f} size {len(ms)}")
    cats = [m["category"] for m in ms]
    if len(set(cats)) != len(cats):
        errs.append(f"family {f} repeats category")
    base = ms[0]
    for m in ms[1:]:
        diff = sum(a != b for a, b in zip(base["el"], m["el"]))
        if diff != 1:
            errs.append(f"family {f} member differs from base in {diff} elements: {m['text'][:40]}")
# adjacency in output
text2fam = {r["text"]: r["family"] for r in rows}
for a, b in zip(recs, recs[1:]):
    if text2fam[a["text"]] == text2fam[b["text"]]:
        errs.append(f"family members adjacent {a['id']} {b['id']}")
if errs:
    print("\n".join(errs[:80]))
    print(len(errs), "errors")
    sys.exit(1)
print("OK", len(recs), "records, legal share", round(share, 3))
