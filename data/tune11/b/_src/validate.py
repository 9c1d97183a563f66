"""Validate x15b_longform.jsonl; prints OK when every check passes."""
import json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x15b_longform.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
VALID_IDS = {"x15b-%04d" % i for i in range(1, 151)}

def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids, texts = set(), set()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append((rid, "key order"))
        if rid not in VALID_IDS: errs.append((rid, "id out of range"))
        if rid in ids: errs.append((rid, "duplicate id"))
        ids.add(rid)
        if r["kind"] not in KINDS: errs.append((rid, "kind"))
        if r["style"] != "longform": errs.append((rid, "style"))
        t = r["text"]
        lines = [l for l in t.split("\n") if l.strip()]
        if not (150 <= len(t) <= 1500): errs.append((rid, "length %d" % len(t)))
        if not (2 <= len(lines) <= 15): errs.append((rid, "lines %d" % len(lines)))
        if t != t.strip(): errs.append((rid, "outer whitespace"))
        el = r["elements"]
        if list(el.keys()) != ELS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in ELS):
            errs.append((rid, "elements"))
        exp = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
        if r["label"] != exp: errs.append((rid, "label derivation"))
        cat = r["category"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", cat): errs.append((rid, "category format"))
        if r["label"] == "legal" and not cat.startswith("hn_"): errs.append((rid, "legal category lacks hn_"))
        if r["label"] != "legal" and cat.startswith("hn_"): errs.append((rid, "illegal with hn_"))
        # phone numbers must be masked: no run of 6+ digits after a 0/+62 prefix
        for m in re.finditer(r"(\+62|\b0)[\d\- ]{6,}", t):
            if re.search(r"\d{5,}", m.group(0).replace("-", "").replace(" ", "")):
                errs.append((rid, "unmasked phone: " + m.group(0)))
        if re.search(r"\b08\d{2}(?!xxxx)", t) and not re.search(r"\b08\d{2}xxxx", t):
            errs.append((rid, "phone not in 08xxxxxx masked form"))
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in texts: errs.append((rid, "duplicate text"))
        texts.add(norm)
    if ids != VALID_IDS: errs.append(("-", "ids missing: %d" % len(VALID_IDS - ids)))
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / len(recs) if recs else 0
    if not (0.50 <= share <= 0.60): errs.append(("-", "legal share %.3f" % share))
    if errs:
        for e in errs: print("ERR", *e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
