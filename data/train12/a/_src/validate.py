"""Validate x56a_oneliners.jsonl against the brief. Prints OK when everything passes."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x56a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
N, PREFIX = 300, "x56a"
errors = []
def err(m): errors.append(m)

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N: err(f"expected {N} records, got {len(recs)}")
ids, norm = set(), Counter()
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS: err(f"{rid}: key order {list(r.keys())}")
    if rid in ids: err(f"duplicate id {rid}")
    ids.add(rid)
    m = re.fullmatch(PREFIX + r"-(\d{4})", rid or "")
    if not m or not (1 <= int(m.group(1)) <= N): err(f"{rid}: id out of range")
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["style"] != "oneliner": err(f"{rid}: bad style")
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): err(f"{rid}: empty text")
    if len(t) > 160: err(f"{rid}: too long ({len(t)})")
    if "\n" in t or "\r" in t: err(f"{rid}: line break in one-liner")
    if not re.fullmatch(r"[a-z0-9_]+", r["category"]): err(f"{rid}: category not snake_case")
    el = r["elements"]
    if list(el.keys()) != EKEYS: err(f"{rid}: element keys {list(el.keys())}")
    if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): err(f"{rid}: element not 0/1")
    want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
    if r["label"] != want: err(f"{rid}: label {r['label']} != derived {want}")
    if r["label"] == "legal" and all(el[k] == 1 for k in EKEYS): err(f"{rid}: legal with all elements")
    # phone numbers must be masked: no run of 8+ digits, and 08xx numbers must end in xxxx
    digits_only = re.sub(r"[\s.\-]", "", t)
    if re.search(r"\d{8,}", digits_only): err(f"{rid}: unmasked long number")
    for ph in re.findall(r"(?:\+62|\b0)8\d[\dx]*", t):
        if not re.fullmatch(r"(?:\+62|0)8\d{2}x{4,}", ph): err(f"{rid}: phone not masked: {ph}")
    norm[re.sub(r"\s+", " ", t.lower()).strip()] += 1
for k, v in norm.items():
    if v > 1: err(f"duplicate text: {k[:60]}")
labels = Counter(r["label"] for r in recs)
share = labels["legal"] / max(1, len(recs))
if not (0.70 <= share <= 0.80): err(f"legal share {share:.3f} out of 70-80%")
print("labels:", dict(labels), f"legal share {share:.3f}")
if errors:
    for e in errors[:50]: print("ERR", e)
    print(f"FAILED ({len(errors)} errors)")
    sys.exit(1)
print("OK")
