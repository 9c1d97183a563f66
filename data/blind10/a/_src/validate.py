"""Validate x13a_oneliners.jsonl."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x13a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errs = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids, texts = set(), {}
valid_ids = {"x13a-%04d" % i for i in range(1, 401)}
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: errs.append((rid, "key order"))
    if rid in ids: errs.append((rid, "dup id"))
    ids.add(rid)
    if rid not in valid_ids: errs.append((rid, "id out of range"))
    if r["kind"] not in KINDS: errs.append((rid, "kind"))
    if r["style"] != "oneliner": errs.append((rid, "style"))
    t = r["text"]
    if len(t) > 160: errs.append((rid, "too long %d" % len(t)))
    if "\n" in t or "\r" in t: errs.append((rid, "line break"))
    if not t.strip(): errs.append((rid, "empty"))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): errs.append((rid, "category"))
    el = r["elements"]
    if list(el.keys()) != EKEYS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
        errs.append((rid, "elements"))
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: errs.append((rid, "label"))
    if r["label"] == "legal" and r["category"].startswith(("plain_offer", "dodge_", "code_", "regional_")):
        errs.append((rid, "legal record with illegal category"))
    # phone numbers must be masked: no run of 7+ digits, and 08.. numbers must end in x
    if re.search(r"\d[\d\- ]{6,}\d", t.replace(".", "")) and re.search(r"\d{7,}", re.sub(r"[\s\-]", "", t)):
        errs.append((rid, "unmasked number?"))
    for m in re.finditer(r"(?:\+62|\b0)8\d+[x]*", t):
        if not re.fullmatch(r"(?:\+62|0)8\d{2}x{4,}", m.group(0)): errs.append((rid, "phone not masked: " + m.group(0)))
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in texts: errs.append((rid, "dup text with " + texts[norm]))
    texts[norm] = rid
if len(recs) != 400: errs.append(("-", "count %d" % len(recs)))
n_legal = sum(r["label"] == "legal" for r in recs)
share = n_legal / len(recs)
if not 0.50 <= share <= 0.60: errs.append(("-", "legal share %.3f" % share))
for e in errs: print("ERR", e)
print("records", len(recs), "legal", n_legal, "illegal", len(recs) - n_legal, "share %.3f" % share)
print("OK" if not errs else "FAILED (%d errors)" % len(errs))
sys.exit(1 if errs else 0)
