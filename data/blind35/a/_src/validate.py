"""Validate x68a_oneliners.jsonl against the brief. Prints OK or the list of problems."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x68a_oneliners.jsonl")
ID_MIN, ID_MAX, PREFIX, EXPECTED = 1, 300, "x68a-", 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|\b0)8\d[\d\s.-]{5,}\d")  # unmasked Indonesian mobile numbers

errs, ids, norm = [], set(), {}
n = legal = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        n += 1
        r = json.loads(line)
        if list(r) != KEYS: errs.append(f"{ln}: key order {list(r)}")
        rid = r["id"]
        m = re.fullmatch(re.escape(PREFIX) + r"(\d{4})", rid)
        if not m or not ID_MIN <= int(m.group(1)) <= ID_MAX: errs.append(f"{ln}: bad id {rid}")
        if rid in ids: errs.append(f"{ln}: duplicate id {rid}")
        ids.add(rid)
        if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
        t = r["text"]
        if r["style"] == "oneliner":
            if len(t) > 160 or "\n" in t or "\r" in t: errs.append(f"{rid}: oneliner length/linebreak ({len(t)})")
        elif r["style"] == "longform":
            lines = [x for x in t.split("\n") if x.strip()]
            if not 150 <= len(t) <= 1500 or not 2 <= len(lines) <= 15: errs.append(f"{rid}: longform size")
        else: errs.append(f"{rid}: style {r['style']}")
        if not t.strip(): errs.append(f"{rid}: empty text")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append(f"{rid}: category {r['category']}")
        el = r["elements"]
        if list(el) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
            errs.append(f"{rid}: elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
        if want == "legal":
            legal += 1
            if not r["category"].startswith("hn_"):
                errs.append(f"{rid}: legal record category not hn_: {r['category']}")
        elif r["category"].startswith("hn_"):
            errs.append(f"{rid}: illegal record with hn_ category")
        if PHONE.search(t): errs.append(f"{rid}: unmasked phone")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in norm: errs.append(f"{rid}: duplicate text of {norm[key]}")
        norm[key] = rid
if n != EXPECTED: errs.append(f"count {n} != {EXPECTED}")
share = legal / n if n else 0
if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK ({n} records, legal share {share:.3f})")
