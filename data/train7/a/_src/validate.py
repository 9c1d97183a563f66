"""Validate x26a_oneliners.jsonl against the brief."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x26a_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
IDRE = re.compile(r"^x26a(\d{4})$")
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s.-]{5,}")
MASKED = re.compile(r"(?:\+?62|0)8\d{2}x+", re.I)

def main():
    errs, seen_ids, seen_txt, labels = [], set(), set(), Counter()
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    for r in rows:
        rid = r.get("id")
        def e(msg): errs.append(f"{rid}: {msg}")
        if list(r.keys()) != KEYS: e(f"keys {list(r.keys())}")
        m = IDRE.match(rid or "")
        if not m or not (1 <= int(m.group(1)) <= 300): e("id out of range")
        if rid in seen_ids: e("duplicate id")
        seen_ids.add(rid)
        if r["kind"] not in KINDS: e(f"kind {r['kind']}")
        if r["style"] != "oneliner": e("style")
        t = r["text"]
        if not t.strip() or len(t) > 160: e(f"length {len(t)}")
        if "\n" in t or "\r" in t: e("line break")
        el = r["elements"]
        if list(el.keys()) != EKEYS: e("element keys")
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()): e("element not 0/1")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want: e("label mismatch")
        if not re.match(r"^[a-z][a-z0-9_]*$", r["category"]): e("category not snake_case")
        if r["label"] == "legal" and el["offer"] + el["used"] + el["clothing"] + el["abroad"] == 4: e("?")
        for ph in PHONE.findall(t):
            if not MASKED.match(ph): e(f"unmasked phone {ph}")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in seen_txt: e("duplicate text")
        seen_txt.add(norm)
        labels[r["label"]] += 1
    n = len(rows)
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60: errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    if errs:
        print("\n".join(errs)); print(f"FAIL: {len(errs)} problems"); sys.exit(1)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), illegal_used_import {labels['illegal_used_import']}")

if __name__ == "__main__":
    main()
