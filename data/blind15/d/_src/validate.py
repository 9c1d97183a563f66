"""Validate x22d_longform.jsonl against the brief's rules; prints OK or the problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x22d_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 150

errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids, norm = set(), set()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if list(r["elements"].keys()) != EKEYS: errs.append(f"{rid}: element keys")
    m = re.fullmatch(r"x22d(\d{4})", rid or "")
    if not m or not (LO <= int(m.group(1)) <= HI): errs.append(f"{rid}: id out of range")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind")
    if r["style"] != "longform": errs.append(f"{rid}: style")
    t = r["text"]
    lines = [l for l in t.split("\n") if l.strip()]
    if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
    if not (2 <= len(lines) <= 15): errs.append(f"{rid}: lines {len(lines)}")
    el = r["elements"]
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label mismatch")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category")
    if r["label"] != "legal" and r["category"].startswith("hn_"): errs.append(f"{rid}: hn_ on illegal")
    # phone numbers must be masked: no run of 7+ digits (ignoring separators inside numbers like 08-12)
    if re.search(r"(?<!\d)(\+?62|0)8\d{2}[\s-]?\d{3,}", t): errs.append(f"{rid}: unmasked phone")
    if re.search(r"\d{7,}", t) or re.search(r"\d{4}[\s-]\d{4}", t):
        errs.append(f"{rid}: long digit run (possible phone)")
    if re.search(r"08\d\d(?!x)", t) and not re.search(r"08\d\dxxxx", t):
        errs.append(f"{rid}: phone not masked as 08..xxxx")
    n = re.sub(r"\s+", " ", t.lower()).strip()
    if n in norm: errs.append(f"{rid}: duplicate text")
    norm.add(n)
if len(recs) != HI - LO + 1: errs.append(f"count {len(recs)} != {HI-LO+1}")
legal = sum(r["label"] == "legal" for r in recs) / max(len(recs), 1)
if not (0.50 <= legal <= 0.60): errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("labels", Counter(r["label"] for r in recs))
print("kinds", Counter(r["kind"] for r in recs))
print("legal share %.3f" % legal)
print("OK")
