"""Validate x20a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x20a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
FAMOUS = re.compile(r"\bbekas|\bsecond|\bseken|thrift|pre-?loved|\bbal\b|\bball?press|\bbal+pres|karungan|\bimpor|\bimport|bundle|\bcakar|\bmonza|\bmonja|awul|hidden gem", re.I)
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\- ]{5,}")

errs = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, seen = set(), set()
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if not re.fullmatch(r"x20a\d{4}", rid or "") or not (1 <= int(rid[4:]) <= 300): errs.append((rid, "id range"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    t = r["text"]
    if r["style"] != "oneliner": errs.append((rid, "style"))
    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip(): errs.append((rid, "length/linebreak %d" % len(t)))
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or type(v) is not int for v in el.values()): errs.append((rid, "elements"))
    exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != exp: errs.append((rid, "label"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    if r["label"] == "legal" and not r["category"].startswith("hn_"): errs.append((rid, "legal cat not hn_"))
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append((rid, "illegal cat hn_"))
    if PHONE.search(t): errs.append((rid, "unmasked phone"))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen: errs.append((rid, "dup text"))
    seen.add(norm)
    if r["label"] == "illegal_used_import" and FAMOUS.search(t): errs.append((rid, "famous word in illegal: " + FAMOUS.search(t).group(0)))

n = len(rows)
legal = sum(r["label"] == "legal" for r in rows)
share = legal / n if n else 0
if not (0.50 <= share <= 0.60): errs.append(("*", "legal share %.3f" % share))
if n > 300: errs.append(("*", "too many records"))

for e in errs: print("ERR", *e)
print("records", n, "legal", legal, "share %.3f" % share)
print("labels", dict(Counter(r["label"] for r in rows)))
print("kinds", dict(Counter(r["kind"] for r in rows)))
print("categories", dict(Counter(r["category"] for r in rows)))
if errs:
    sys.exit(1)
print("OK")
