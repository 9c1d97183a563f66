"""Validate x25a_oneliners.jsonl (and any longform file if given) against the brief."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = {"x25a_oneliners.jsonl": "oneliner"}
ID_RANGE = ("x25a0001", "x25a0300")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
# famous words that illegal records must avoid (the keyword-filter words)
FAMOUS = re.compile(
    r"\b(bekas|second|seken|thrift\w*|preloved|bal|balpres|ballpress|ballpres|karungan|impor|import"
    r"|bundle|cakar|monza|monja|awul-awul|hidden gems?)\b",
    re.I,
)
PHONE = re.compile(r"(?:\+62|\b0)8\d[\d\s.-]{5,}")


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def main():
    errs = []
    seen_ids, seen_texts = set(), set()
    labels = Counter()
    n = 0
    for fname, style in FILES.items():
        path = os.path.join(ROOT, fname)
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{fname}:{ln}"
                try:
                    r = json.loads(line)
                except Exception as e:
                    errs.append(f"{where} bad json {e}")
                    continue
                n += 1
                if list(r.keys()) != KEYS:
                    errs.append(f"{where} keys/order {list(r.keys())}")
                    continue
                rid = r["id"]
                if not (re.fullmatch(r"x25a\d{4}", rid) and ID_RANGE[0] <= rid <= ID_RANGE[1]):
                    errs.append(f"{where} id out of range {rid}")
                if rid in seen_ids:
                    errs.append(f"{where} duplicate id {rid}")
                seen_ids.add(rid)
                if r["kind"] not in KINDS:
                    errs.append(f"{where} bad kind {r['kind']}")
                if r["style"] != style:
                    errs.append(f"{where} style {r['style']} != {style}")
                t = r["text"]
                if style == "oneliner":
                    if len(t) > 160 or "\n" in t or "\r" in t or not t.strip():
                        errs.append(f"{where} oneliner length/linebreak ({len(t)})")
                else:
                    lines = [x for x in t.split("\n") if x.strip()]
                    if not (150 <= len(t) <= 1500 and 2 <= len(lines) <= 15):
                        errs.append(f"{where} longform length/lines ({len(t)}, {len(lines)})")
                el = r["elements"]
                if list(el.keys()) != ELS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in ELS):
                    errs.append(f"{where} bad elements {el}")
                    continue
                want = "illegal_used_import" if all(el[k] == 1 for k in ELS) else "legal"
                if r["label"] != want:
                    errs.append(f"{where} label {r['label']} != derived {want}")
                labels[r["label"]] += 1
                cat = r["category"]
                if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
                    errs.append(f"{where} category not snake_case {cat}")
                if r["label"] == "illegal_used_import" and cat.startswith("hn_"):
                    errs.append(f"{where} illegal record with hn_ category")
                if r["label"] == "legal" and not cat.startswith("hn_"):
                    errs.append(f"{where} legal record without hn_ category")
                if r["label"] == "illegal_used_import":
                    m = FAMOUS.search(t)
                    if m:
                        errs.append(f"{where} illegal record uses famous word '{m.group(0)}'")
                for m in PHONE.finditer(t):
                    errs.append(f"{where} unmasked phone {m.group(0)}")
                k = norm(t)
                if k in seen_texts:
                    errs.append(f"{where} duplicate text")
                seen_texts.add(k)
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60:
        errs.append(f"legal share {share:.3f} outside 0.50-0.60")
    for e in errs:
        print("ERROR", e)
    if errs:
        print(f"FAILED: {len(errs)} errors in {n} records")
        sys.exit(1)
    print(f"OK: {n} records, legal {labels['legal']} ({share:.1%}), illegal {labels['illegal_used_import']}")


if __name__ == "__main__":
    main()
