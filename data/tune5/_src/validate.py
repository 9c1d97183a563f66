"""Validate the tune5 JSONL files. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL_KEYS = ["offer", "used", "clothing", "abroad"]
ILLEGAL_CATS = {"regional_code_word", "market_offer", "port_route_offer", "bale_grade",
                "evasive_spelling", "plain_offer", "live_sale", "reseller_recruit", "creator_promo"}
# the trade's famous words (bal as a word, ballpress/balpres, karungan, cakar, monza,
# awul-awul, thrift, bekas impor / impor bekas)
FAMOUS = re.compile(r"thrift|bekas\s*impor|impor\s*bekas|\bball?(?:e|es|s|an|-?balan)?\b|ball?pres|"
                    r"karungan|cakar|monza|awul", re.I)
UNMASKED_PHONE = re.compile(r"(?:\+62|\b0)8\d{6,}")

errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    return re.sub(r"\W+", " ", t.lower()).strip()


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{name}:{n}: bad JSON ({e})")
    return recs


def check_common(name, recs, style, id_start, n_total, n_legal, n_illegal):
    exp_ids = [f"t5-{i:04d}" for i in range(id_start, id_start + n_total)]
    ids = [r.get("id") for r in recs]
    if ids != exp_ids:
        err(f"{name}: ids are not exactly {exp_ids[0]}..{exp_ids[-1]} in order")
    if len(recs) != n_total:
        err(f"{name}: {len(recs)} records, expected {n_total}")
    labels = Counter(r.get("label") for r in recs)
    if labels.get("legal", 0) != n_legal or labels.get("illegal_used_import", 0) != n_illegal:
        err(f"{name}: label counts {dict(labels)}, expected legal={n_legal} illegal={n_illegal}")
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            err(f"{rid}: keys {list(r.keys())}")
            continue
        el = r["elements"]
        if list(el.keys()) != EL_KEYS:
            err(f"{rid}: element keys {list(el.keys())}")
            continue
        if any(type(el[k]) is not int or el[k] not in (0, 1) for k in EL_KEYS):
            err(f"{rid}: elements must be 0/1 ints")
        derived = "illegal_used_import" if all(el[k] == 1 for k in EL_KEYS) else "legal"
        if r["label"] != derived:
            err(f"{rid}: label {r['label']} != derived {derived}")
        if r["kind"] not in KINDS:
            err(f"{rid}: bad kind {r['kind']}")
        if r["style"] != style:
            err(f"{rid}: style {r['style']} != {style}")
        cat = r["category"]
        if r["label"] == "legal" and not cat.startswith("hn_"):
            err(f"{rid}: legal record with category {cat}")
        if r["label"] != "legal" and cat not in ILLEGAL_CATS:
            err(f"{rid}: illegal record with category {cat}")
        t = r["text"]
        if not isinstance(t, str) or t != t.strip():
            err(f"{rid}: text not stripped")
        if UNMASKED_PHONE.search(t):
            err(f"{rid}: unmasked phone number")
        if style == "oneliner":
            if "\n" in t or len(t) > 160 or len(t) < 10:
                err(f"{rid}: one-liner length/newline problem ({len(t)} chars)")
        else:
            lines = [ln for ln in t.split("\n") if ln.strip()]
            if not (150 <= len(t) <= 1500):
                err(f"{rid}: long-form length {len(t)}")
            if not (2 <= len(lines) <= 15):
                err(f"{rid}: long-form has {len(lines)} non-empty lines")


def main():
    ol = load("oneliners.jsonl")
    lf = load("longform.jsonl")
    check_common("oneliners.jsonl", ol, "oneliner", 1, 400, 250, 150)
    check_common("longform.jsonl", lf, "longform", 1001, 120, 70, 50)

    free = [r for r in ol if r.get("label") == "illegal_used_import" and not FAMOUS.search(r["text"])]
    if len(free) < 60:
        err(f"only {len(free)} famous-word-free illegal one-liners (need >= 60)")

    seen = {}
    for r in ol + lf:
        k = norm(r["text"])
        if k in seen:
            err(f"duplicate text: {r['id']} == {seen[k]}")
        seen[k] = r["id"]

    print(f"oneliners: {len(ol)}  longform: {len(lf)}  famous-word-free illegal one-liners: {len(free)}")
    for name, recs in (("oneliners", ol), ("longform", lf)):
        c = Counter((r["label"], r["category"]) for r in recs)
        print(f"-- {name}")
        for (lab, cat), n in sorted(c.items()):
            print(f"   {lab:20s} {cat:22s} {n}")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
