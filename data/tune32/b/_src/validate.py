"""Validate x74b_oneliners.jsonl; prints OK when every check passes."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x74b_oneliners.jsonl")
N = 300
IDS = {f"x74b-{i:04d}" for i in range(1, N + 1)}
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+62|\b62|\b0)8\d{6,}")  # unmasked mobile numbers, checked after joining digit groups
JOIN = re.compile(r"(?<=\d)[\s\-.](?=\d)")
CAT = re.compile(r"^[a-z][a-z0-9_]*$")

def main():
    errs, seen_ids, seen_txt, legal = [], set(), {}, 0
    lines = open(PATH, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        rid = r.get("id")
        if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
        if rid not in IDS: errs.append(f"{rid}: id out of range")
        if rid in seen_ids: errs.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if r.get("kind") not in KINDS: errs.append(f"{rid}: bad kind {r.get('kind')}")
        if r.get("style") != "oneliner": errs.append(f"{rid}: style must be oneliner")
        t = r.get("text", "")
        if not isinstance(t, str) or not t.strip(): errs.append(f"{rid}: empty text")
        if len(t) > 160: errs.append(f"{rid}: {len(t)} chars > 160")
        if "\n" in t or "\r" in t: errs.append(f"{rid}: line break in one-liner")
        m = PHONE.search(JOIN.sub("", t))
        if m: errs.append(f"{rid}: unmasked phone {m.group()}")
        if not CAT.match(r.get("category", "")): errs.append(f"{rid}: bad category")
        el = r.get("elements", {})
        if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
        if any(el.get(k) not in (0, 1) or isinstance(el.get(k), bool) for k in EKEYS):
            errs.append(f"{rid}: elements not 0/1")
        want = "illegal_used_import" if all(el.get(k) == 1 for k in EKEYS) else "legal"
        if r.get("label") != want: errs.append(f"{rid}: label {r.get('label')} != {want}")
        if want == "illegal_used_import" and r.get("category", "").startswith("hn_"):
            errs.append(f"{rid}: illegal record has hn_ category")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_txt: errs.append(f"{rid}: duplicate text of {seen_txt[key]}")
        seen_txt[key] = rid
        legal += want == "legal"
    if len(lines) != N: errs.append(f"{len(lines)} records, expected {N}")
    if seen_ids != IDS: errs.append(f"missing ids: {sorted(IDS - seen_ids)[:5]}")
    share = legal / max(len(lines), 1)
    if not 0.70 <= share <= 0.80: errs.append(f"legal share {share:.3f} outside 0.70-0.80")
    if errs:
        print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
    print(f"OK  {len(lines)} records, legal share {share:.3f}")

if __name__ == "__main__":
    main()
