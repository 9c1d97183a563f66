"""Validate x21b_longform.jsonl against the brief. Prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x21b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
FAMOUS = re.compile(r"\b(bekas|second|seken|2nd|thrift\w*|preloved|bal|ball\w*|balpres\w*|"
                    r"karungan|impor\w*|bundle|cakar|monza|awul[- ]?awul|hidden gems?|"
                    r"bongkar bal)\b", re.I)
COUNTRIES = re.compile(r"\b(malaysia|singapura|singapore|jepang|japan|korea|china|tiongkok|"
                       r"thailand|amerika|usa|taiwan|australia|eropa|inggris)\b", re.I)

errs = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, seen = set(), set()
country_hits = 0
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != ELS:
        errs.append(f"{rid}: element keys")
    m = re.fullmatch(r"x21b(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= 150):
        errs.append(f"{rid}: id out of range")
    if rid in ids:
        errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS:
        errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform":
        errs.append(f"{rid}: style")
    t = r["text"]
    if not (150 <= len(t) <= 1500):
        errs.append(f"{rid}: length {len(t)}")
    nl = [x for x in t.split("\n") if x.strip()]
    if not (2 <= len(nl) <= 15):
        errs.append(f"{rid}: lines {len(nl)}")
    for k, v in r["elements"].items():
        if v not in (0, 1):
            errs.append(f"{rid}: element {k}={v}")
    exp = "illegal_used_import" if all(r["elements"][k] == 1 for k in ELS) else "legal"
    if r["label"] != exp:
        errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal category without hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal category with hn_")
    # phones: any run of 5+ digits starting with 08 / +62 / 62 must be masked
    for ph in re.findall(r"(?:\+?62|0)8\d[\dx\- ]{3,}", t):
        if not re.search(r"x{4}", ph):
            errs.append(f"{rid}: unmasked phone {ph}")
    if re.search(r"\d{9,}", t):
        errs.append(f"{rid}: long digit run")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen:
        errs.append(f"{rid}: duplicate text")
    seen.add(norm)
    if r["label"] == "illegal_used_import":
        fm = FAMOUS.search(t)
        if fm:
            errs.append(f"{rid}: famous word in illegal record: {fm.group(0)}")
        if COUNTRIES.search(t):
            country_hits += 1

n = len(rows)
legal = sum(r["label"] == "legal" for r in rows)
share = legal / n if n else 0
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f}")
n_illegal = n - legal
if n_illegal and country_hits > n_illegal / 2:
    errs.append(f"too many illegal records naming a country: {country_hits}")

if errs:
    print("\n".join(errs))
    print(f"FAILED ({len(errs)} problems)")
    sys.exit(1)
print(f"records={n} legal={legal} ({share:.1%}) illegal={n_illegal} illegal_with_country={country_hits}")
print("label", dict(Counter(r["label"] for r in rows)))
print("kind", dict(Counter(r["kind"] for r in rows)))
print("category", dict(sorted(Counter(r["category"] for r in rows).items())))
print("OK")
