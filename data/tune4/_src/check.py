"""Validate the tune4 evaluation files. Exits non-zero on any failure."""
import json, os, re, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
LABELS = {"illegal_used_import", "legal"}
FIELDS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|62|0)8\d[\d\s-]{5,}")
errors = []

def err(m):
    errors.append(m)

def load(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n} bad json {e}")
    return recs

ol = load("oneliners.jsonl")
lf = load("longform.jsonl")
ids, texts = set(), set()
for name, recs, style, lo, hi, exp in (("oneliners", ol, "oneliner", 1, 500, (350, 150)),
                                        ("longform", lf, "longform", 1001, 1300, (210, 90))):
    want_ids = {f"t4-{i:04d}" for i in range(lo, hi + 1)}
    got_ids = set()
    for r in recs:
        if list(r.keys()) != FIELDS:
            err(f"{r.get('id')} fields {list(r.keys())}")
            continue
        if r["id"] in ids:
            err(f"dup id {r['id']}")
        ids.add(r["id"]); got_ids.add(r["id"])
        t = r["text"]
        key = re.sub(r"\s+", " ", t.strip().lower())
        if key in texts:
            err(f"dup text {r['id']}")
        texts.add(key)
        if r["kind"] not in KINDS: err(f"{r['id']} kind")
        if r["label"] not in LABELS: err(f"{r['id']} label")
        if r["style"] != style: err(f"{r['id']} style")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): err(f"{r['id']} category")
        el = r["elements"]
        if list(el.keys()) != ELS or any(v not in (0, 1) for v in el.values()):
            err(f"{r['id']} elements {el}")
        elif (r["label"] == "illegal_used_import") != all(el[k] == 1 for k in ELS):
            err(f"{r['id']} label/elements mismatch")
        for m in PHONE.finditer(t):
            err(f"{r['id']} unmasked phone {m.group()}")
        if style == "oneliner":
            if "\n" in t or len(t) > 140 or not t.strip():
                err(f"{r['id']} oneliner shape len={len(t)}")
        else:
            nl = t.count("\n") + 1
            if not (2 <= nl <= 15) or not (200 <= len(t) <= 1500):
                err(f"{r['id']} longform shape lines={nl} len={len(t)}")
    if got_ids != want_ids:
        err(f"{name} id set mismatch ({len(got_ids)} vs {len(want_ids)})")
    c = Counter(r["label"] for r in recs)
    if (c["legal"], c["illegal_used_import"]) != exp:
        err(f"{name} label counts {dict(c)}")
long500 = sum(len(r["text"]) >= 500 for r in lf)
if long500 < 150:
    err(f"only {long500} long-form texts >= 500 chars")
cats = Counter((r["style"], r["category"]) for r in ol + lf if r["label"] == "legal")
for (style, cat), n in cats.items():
    if n < (20 if style == "oneliner" else 12):
        err(f"{style} {cat} has only {n}")
if errors:
    print("\n".join(errors[:50]))
    print(f"FAILED: {len(errors)} errors")
    sys.exit(1)
print(f"OK: {len(ol)} oneliners, {len(lf)} longform, {long500} longform >=500 chars")
