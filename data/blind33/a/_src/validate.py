"""Validate x64a_oneliners.jsonl. Prints OK when every check passes."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x64a_oneliners.jsonl")
PREFIX, LO, HI = "x64a", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
STYLES = {"oneliner", "longform"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)\s?8[\d\s\-]{7,}")
LONGDIGITS = re.compile(r"\d{9,}")


def main():
    errs = []
    ids, norm = set(), {}
    n_legal = 0
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"line {ln}: bad json {e}")
                continue
            recs.append(r)
            rid = r.get("id")
            if list(r.keys()) != KEYS:
                errs.append(f"{rid}: key order {list(r.keys())}")
            m = re.fullmatch(PREFIX + r"-(\d{4})", str(rid))
            if not m or not (LO <= int(m.group(1)) <= HI):
                errs.append(f"{rid}: id out of range/format")
            if rid in ids:
                errs.append(f"{rid}: duplicate id")
            ids.add(rid)
            if r.get("kind") not in KINDS:
                errs.append(f"{rid}: kind {r.get('kind')}")
            t = r.get("text", "")
            st = r.get("style")
            if st not in STYLES:
                errs.append(f"{rid}: style {st}")
            if st == "oneliner":
                if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
                    errs.append(f"{rid}: oneliner length {len(t)} or line break")
            elif st == "longform":
                lines = [x for x in t.split("\n") if x.strip()]
                if not (150 <= len(t) <= 1500) or not (2 <= len(lines) <= 15):
                    errs.append(f"{rid}: longform length {len(t)} lines {len(lines)}")
            el = r.get("elements", {})
            if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
                errs.append(f"{rid}: elements {el}")
                continue
            want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
            if r.get("label") != want:
                errs.append(f"{rid}: label {r.get('label')} != {want}")
            cat = r.get("category", "")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
                errs.append(f"{rid}: category not snake_case {cat}")
            if want != "legal" and cat.startswith("hn_"):
                errs.append(f"{rid}: illegal record with hn_ category")
            if PHONE.search(t) or LONGDIGITS.search(t):
                errs.append(f"{rid}: unmasked phone-like number in text")
            key = re.sub(r"\s+", " ", t.lower()).strip()
            if key in norm:
                errs.append(f"{rid}: duplicate text of {norm[key]}")
            norm[key] = rid
            n_legal += want == "legal"
    if len(recs) != HI - LO + 1:
        errs.append(f"count {len(recs)} != {HI - LO + 1}")
    share = n_legal / max(1, len(recs))
    if not (0.50 <= share <= 0.60):
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    # informational: opening-word reuse (skeleton hint)
    openings = collections.Counter(" ".join(r["text"].lower().split()[:3]) for r in recs)
    heavy = [(k, v) for k, v in openings.items() if v > 2]
    if heavy:
        print("note: 3-word openings used >2 times:", heavy)
    if errs:
        print("\n".join(errs))
        print(f"FAILED ({len(errs)} problems)")
        sys.exit(1)
    print(f"records={len(recs)} legal={n_legal} ({share:.1%})")
    print("OK")


if __name__ == "__main__":
    main()
