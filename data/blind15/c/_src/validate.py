"""Validate x22c_oneliners.jsonl against the brief."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "x22c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
ids, norm = set(), {}
n = legal = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        r = json.loads(line)
        n += 1
        if list(r.keys()) != KEYS: errs.append(f"{ln}: key order {list(r.keys())}")
        rid = r["id"]
        m = re.fullmatch(r"x22c(\d{4})", rid)
        if not m or not (1 <= int(m.group(1)) <= 300): errs.append(f"{ln}: id out of range {rid}")
        if rid in ids: errs.append(f"{ln}: duplicate id {rid}")
        ids.add(rid)
        if r["kind"] not in KINDS: errs.append(f"{rid}: bad kind")
        if r["style"] != "oneliner": errs.append(f"{rid}: style")
        t = r["text"]
        if len(t) > 160: errs.append(f"{rid}: too long {len(t)}")
        if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
        if not t.strip(): errs.append(f"{rid}: empty")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category")
        el = r["elements"]
        if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys")
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): errs.append(f"{rid}: element values")
        exp = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != exp: errs.append(f"{rid}: label mismatch")
        if r["label"] == "legal": legal += 1
        if r["category"].startswith("hn_") and r["label"] != "legal": errs.append(f"{rid}: hn_ but illegal")
        # phones: any 08/+62 digit run of 8+ digits is unmasked
        digits = re.sub(r"[\s\-.]", "", t)
        if re.search(r"(\+?62|0)8\d{7,}", digits): errs.append(f"{rid}: unmasked phone")
        for ph in re.findall(r"08\d{2}\S*", t):
            if not re.match(r"08\d{2}x{4}", ph): errs.append(f"{rid}: phone not masked as 08NNxxxx: {ph}")
        k = re.sub(r"\s+", " ", t.lower()).strip()
        if k in norm: errs.append(f"{rid}: duplicate text of {norm[k]}")
        norm[k] = rid
if n == 0: errs.append("no records")
share = legal / n if n else 0
if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f} outside 50-60%")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"records={n} legal={legal} ({share:.1%})")
print("OK")
