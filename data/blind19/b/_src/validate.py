"""Validate x30b_longform.jsonl against the brief."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x30b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
FAMOUS = ["bekas", "second", "seken", "thrift", "thrifting", "preloved", "bal", "ballpress", "balpres",
          "ballpres", "karungan", "impor", "import", "bundle", "cakar", "monza", "awul-awul", "awul",
          "hidden gems", "hidden gem", "bongkar bal"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
valid_ids = {f"x30b{i:04d}" for i in range(1, 151)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
    if rid not in valid_ids: errs.append(f"{rid}: id out of range")
    if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
    if r["style"] != "longform": errs.append(f"{rid}: style")
    t = r["text"]
    if not (150 <= len(t) <= 1500): errs.append(f"{rid}: length {len(t)}")
    nl = [l for l in t.split("\n") if l.strip()]
    if not (2 <= len(nl) <= 15): errs.append(f"{rid}: lines {len(nl)}")
    el = r["elements"]
    if list(el.keys()) != ELS: errs.append(f"{rid}: element keys")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
    want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
    if r["label"] != want: errs.append(f"{rid}: label derivation")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and all(el[k] == 1 for k in ELS): errs.append(f"{rid}: legal with all elements")
    # phones must be masked
    digits = re.sub(r"[\s\-.]", "", t)
    if re.search(r"(\+?62|0)8\d{5,}", digits): errs.append(f"{rid}: unmasked phone")
    if r["label"] == "illegal_used_import":
        low = t.lower()
        for w in FAMOUS:
            if re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", low):
                errs.append(f"{rid}: famous word '{w}' in illegal record")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        errs.append(f"{rid}: legal record category should start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        errs.append(f"{rid}: illegal record with hn_ category")
norm = Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in recs)
for k, v in norm.items():
    if v > 1: errs.append(f"duplicate text: {k[:60]}")
if len(recs) != 150: errs.append(f"count {len(recs)} != 150")
legal = sum(r["label"] == "legal" for r in recs) / max(1, len(recs))
if not (0.50 <= legal <= 0.60): errs.append(f"legal share {legal:.3f}")
if errs:
    print("\n".join(errs)); print(len(errs), "errors"); sys.exit(1)
print("OK", len(recs), "records, legal share %.3f" % legal)
