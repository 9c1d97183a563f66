"""Validate x33a_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x33a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {"x33a%04d" % i for i in range(1, 301)}
# famous words that illegal records must avoid (word-boundary, case-insensitive)
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|preloved|bal|ballpres\w*|balpres\w*|ballpress|karungan|"
                    r"impor|import|bundle|cakar|monza|awul-awul|hidden gems?|bongkar bal)\b", re.I)
PHONE = re.compile(r"(?:\+62|\b0)8\d{2}[\d\- ]{4,}")

errs = []
seen_ids, seen_txt = set(), set()
n = 0
labels = collections.Counter()
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    n += 1
    r = json.loads(line)
    if list(r) != KEYS:
        errs.append(f"{ln}: key order {list(r)}")
        continue
    if list(r["elements"]) != EKEYS:
        errs.append(f"{ln}: element keys {list(r['elements'])}")
    if r["id"] in seen_ids or r["id"] not in VALID_IDS:
        errs.append(f"{ln}: bad/duplicate id {r['id']}")
    seen_ids.add(r["id"])
    if r["kind"] not in KINDS:
        errs.append(f"{ln}: kind {r['kind']}")
    if r["style"] != "oneliner":
        errs.append(f"{ln}: style {r['style']}")
    t = r["text"]
    if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
        errs.append(f"{ln}: length/line break ({len(t)} chars)")
    for k in EKEYS:
        if r["elements"][k] not in (0, 1) or isinstance(r["elements"][k], bool):
            errs.append(f"{ln}: element {k}={r['elements'][k]}")
    want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{ln}: label {r['label']} should be {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{ln}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{ln}: legal record without hn_ category")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{ln}: illegal record with hn_ category")
    if PHONE.search(t):
        errs.append(f"{ln}: unmasked phone in {t!r}")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in seen_txt:
        errs.append(f"{ln}: duplicate text {t!r}")
    seen_txt.add(key)
    if r["label"] == "illegal_used_import":
        m = FAMOUS.search(t)
        if m:
            errs.append(f"{ln}: illegal record uses famous word {m.group(0)!r}: {t!r}")
    labels[r["label"]] += 1

if n != 300:
    errs.append(f"record count {n}, expected 300")
if seen_ids != VALID_IDS:
    errs.append(f"ids missing: {sorted(VALID_IDS - seen_ids)[:5]}")
share = labels["legal"] / max(n, 1)
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f} outside 50-60%")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK", dict(labels), f"legal share {share:.3f}")
