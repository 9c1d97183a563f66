"""Validate x60c_oneliners.jsonl against the brief."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x60c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LO, HI = 1, 300
errors = []
seen_ids, seen_texts = set(), {}
n = legal = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        r = json.loads(line)
        n += 1
        if list(r.keys()) != KEYS:
            errors.append(f"{ln}: key order {list(r.keys())}")
        m = re.fullmatch(r"x60c-(\d{4})", r["id"])
        if not m or not (LO <= int(m.group(1)) <= HI):
            errors.append(f"{ln}: bad id {r['id']}")
        if r["id"] in seen_ids:
            errors.append(f"{ln}: duplicate id {r['id']}")
        seen_ids.add(r["id"])
        if r["kind"] not in KINDS:
            errors.append(f"{ln}: bad kind {r['kind']}")
        if r["style"] != "oneliner":
            errors.append(f"{ln}: bad style {r['style']}")
        t = r["text"]
        if not t.strip() or len(t) > 160 or "\n" in t or "\r" in t:
            errors.append(f"{ln}: length/newline {len(t)}")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
            errors.append(f"{ln}: bad category {r['category']}")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errors.append(f"{ln}: bad elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errors.append(f"{ln}: label {r['label']} != {want}")
        if want == "legal":
            legal += 1
        if want == "illegal_used_import" and r["category"].startswith("hn_"):
            errors.append(f"{ln}: illegal record with hn_ category")
        # phones: any run of 8+ digits starting 08 / +62 / 62 must be masked
        digits = re.sub(r"[\s.\-]", "", t)
        if re.search(r"(\+?62|0)8\d{6,}", digits):
            errors.append(f"{ln}: unmasked phone")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_texts:
            errors.append(f"{ln}: duplicate text of line {seen_texts[key]}")
        seen_texts[key] = ln
if n != HI - LO + 1 and n > HI - LO + 1:
    errors.append(f"too many records {n}")
share = legal / n if n else 0
if not (0.70 <= share <= 0.80):
    errors.append(f"legal share {share:.3f} out of 70-80%")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK {n} records, legal {legal} ({share:.1%}), illegal {n - legal}")
