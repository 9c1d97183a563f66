"""Validate x24a_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x24a_oneliners.jsonl")
ID_RANGE = ("x24a0001", "x24a0300")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
# words an illegal record must not use (the keyword filter's famous words)
FAMOUS = re.compile(r"\b(bekas|second|seken|thrift\w*|preloved|bal|ballpress|ballpres|balpres|karungan|"
                    r"impor|import|bundle|cakar|monza|awul-awul|hidden gems?|bongkar bal)\b", re.I)
UNMASKED_PHONE = re.compile(r"(\+62|\b62|\b0)[\s-]?8\d[\d\s-]{6,}")
MASKED_PHONE = re.compile(r"\b0\d{3}x{4}\b")

def main():
    errs = []
    seen_ids, seen_txt = set(), {}
    labels = collections.Counter()
    n = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"line {ln}: bad json {e}"); continue
            rid = r.get("id", "?")
            if list(r.keys()) != KEYS: errs.append(f"{rid}: key order {list(r.keys())}")
            if not re.fullmatch(r"x24a\d{4}", rid) or not (ID_RANGE[0] <= rid <= ID_RANGE[1]):
                errs.append(f"{rid}: id out of range")
            if rid in seen_ids: errs.append(f"{rid}: duplicate id")
            seen_ids.add(rid)
            if r["kind"] not in KINDS: errs.append(f"{rid}: kind {r['kind']}")
            if r["style"] != "oneliner": errs.append(f"{rid}: style {r['style']}")
            t = r["text"]
            if len(t) > 160: errs.append(f"{rid}: {len(t)} chars > 160")
            if "\n" in t or "\r" in t: errs.append(f"{rid}: line break")
            if not t.strip(): errs.append(f"{rid}: empty text")
            el = r["elements"]
            if list(el.keys()) != EKEYS: errs.append(f"{rid}: element keys {list(el.keys())}")
            if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
                errs.append(f"{rid}: element not 0/1")
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r["label"] != want: errs.append(f"{rid}: label {r['label']} != {want}")
            labels[r["label"]] += 1
            cat = r["category"]
            if not re.fullmatch(r"[a-z][a-z0-9_]*", cat): errs.append(f"{rid}: category {cat}")
            if want == "legal" and not cat.startswith("hn_"): errs.append(f"{rid}: legal but category {cat}")
            if want != "legal" and cat.startswith("hn_"): errs.append(f"{rid}: illegal but category {cat}")
            if UNMASKED_PHONE.search(t): errs.append(f"{rid}: unmasked phone")
            if want != "legal":
                m = FAMOUS.search(t)
                if m: errs.append(f"{rid}: illegal record uses famous word '{m.group(0)}'")
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in seen_txt: errs.append(f"{rid}: duplicate text of {seen_txt[norm]}")
            seen_txt[norm] = rid
    if n != 300: errs.append(f"expected 300 records, got {n}")
    share = labels["legal"] / max(n, 1)
    if not (0.50 <= share <= 0.60): errs.append(f"legal share {share:.3f} outside 50-60%")
    if errs:
        print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
    print(f"OK {n} records, legal {labels['legal']} ({share:.1%}), illegal {labels['illegal_used_import']}")

if __name__ == "__main__":
    main()
