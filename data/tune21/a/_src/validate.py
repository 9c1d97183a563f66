"""Validate x39a_oneliners.jsonl; prints OK when all checks pass."""
import json, os, re, sys
from collections import Counter
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(BASE, "x39a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {f"x39a{i:04d}" for i in range(1, 251)}
errs = []
seen_ids, seen_txt = set(), set()
labels = Counter()
with open(PATH, encoding="utf-8") as f:
    lines = [l for l in f if l.strip()]
for n, line in enumerate(lines, 1):
    r = json.loads(line)
    p = f"line {n}"
    if list(r.keys()) != KEYS: errs.append(f"{p}: key order {list(r.keys())}")
    if r["id"] not in VALID_IDS: errs.append(f"{p}: id out of range {r['id']}")
    if r["id"] in seen_ids: errs.append(f"{p}: duplicate id {r['id']}")
    seen_ids.add(r["id"])
    if r["kind"] not in KINDS: errs.append(f"{p}: bad kind {r['kind']}")
    if r["style"] != "oneliner": errs.append(f"{p}: style must be oneliner")
    t = r["text"]
    if len(t) > 160: errs.append(f"{p}: too long {len(t)}")
    if "\n" in t or "\r" in t: errs.append(f"{p}: line break in oneliner")
    if not t.strip(): errs.append(f"{p}: empty text")
    el = r["elements"]
    if list(el.keys()) != ELS: errs.append(f"{p}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{p}: non 0/1 element")
    exp = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != exp: errs.append(f"{p}: label {r['label']} != {exp}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errs.append(f"{p}: bad category {r['category']}")
    if r["label"] == "legal" and all(el[k] == 1 for k in ELS): errs.append(f"{p}: legal with all elements")
    # phone numbers must be masked: any run of 6+ digits (allowing separators) starting 08/+62/62 is unmasked
    for m in re.finditer(r"(?:\+62|\b0)8\d[\d\s\-\.]{4,}", t):
        if re.search(r"\d{6,}", re.sub(r"[\s\-\.]", "", m.group())): errs.append(f"{p}: unmasked phone {m.group()}")
    for m in re.finditer(r"08\d*x*", t):
        if "x" not in m.group() and len(m.group()) >= 6: errs.append(f"{p}: phone not masked {m.group()}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_txt: errs.append(f"{p}: duplicate text")
    seen_txt.add(norm)
    labels[r["label"]] += 1
if len(lines) != 250: errs.append(f"expected 250 records, got {len(lines)}")
share = labels["legal"] / max(1, len(lines))
if not 0.70 <= share <= 0.80: errs.append(f"legal share {share:.3f} outside 70-80%")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"legal share {share:.3f}; {dict(labels)}")
print("OK")
