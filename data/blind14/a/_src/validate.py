"""Validate x21a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x21a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (word-boundary, case-insensitive)
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|ngethrift|preloved|bal|ballpress|balpres|ballpres|"
                    r"karungan|impor|import|bundle|cakar|monza|awul(-awul)?|hidden gems?|bongkar bal)\b", re.I)
PHONE = re.compile(r"(?:\+?62|0)8\d{2,}")  # an unmasked phone: 08 followed by more digits
MASKED = re.compile(r"08\d{2}x{3,}", re.I)

errs = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")

ids, texts = set(), set()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    m = re.fullmatch(r"x21a(\d{4})", rid)
    if not m or not (1 <= int(m.group(1)) <= 300):
        errs.append(f"{rid}: id out of range")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    t = r["text"]
    if r["style"] != "oneliner":
        errs.append(f"{rid}: style")
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
        errs.append(f"{rid}: length/linebreak ({len(t)})")
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append(f"{rid}: elements {el}")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want:
        errs.append(f"{rid}: label mismatch")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
    stripped = MASKED.sub("", t)
    if PHONE.search(stripped):
        errs.append(f"{rid}: unmasked phone")
    key = re.sub(r"\s+", " ", t.lower()).strip()
    if key in texts:
        errs.append(f"{rid}: duplicate text")
    texts.add(key)
    if r["label"] == "illegal_used_import":
        fm = FAMOUS.search(t)
        if fm:
            errs.append(f"{rid}: illegal record uses famous word '{fm.group(0)}'")

legal = sum(r["label"] == "legal" for r in recs)
share = legal / len(recs) if recs else 0
if not 0.50 <= share <= 0.60:
    errs.append(f"legal share {share:.3f} outside 50-60%")

if errs:
    print("\n".join(errs))
    print(f"FAILED: {len(errs)} problems")
    sys.exit(1)
print(f"records={len(recs)} legal={legal} ({share:.1%})")
print("labels:", dict(Counter(r['label'] for r in recs)))
print("kinds:", dict(Counter(r['kind'] for r in recs)))
print("categories:", dict(sorted(Counter(r['category'] for r in recs).items())))
print("OK")
