"""Validate x23a_oneliners.jsonl against the brief. Prints OK when everything passes."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x23a_oneliners.jsonl")
PREFIX, LO, HI = "x23a", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELEMS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|0)8\d[\d\s\-]{6,}")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def main():
    errors = []
    ids, texts = set(), set()
    labels = collections.Counter()
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            n += 1
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad json {e}")
                continue
            if list(r.keys()) != KEYS:
                errors.append(f"line {ln}: keys {list(r.keys())}")
                continue
            rid = r["id"]
            m = re.fullmatch(PREFIX + r"(\d{4})", rid)
            if not m or not (LO <= int(m.group(1)) <= HI):
                errors.append(f"{rid}: id out of range")
            if rid in ids:
                errors.append(f"{rid}: duplicate id")
            ids.add(rid)
            if r["kind"] not in KINDS:
                errors.append(f"{rid}: kind {r['kind']}")
            if r["style"] != "oneliner":
                errors.append(f"{rid}: style {r['style']}")
            if not SNAKE.match(r["category"]):
                errors.append(f"{rid}: category {r['category']}")
            t = r["text"]
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{rid}: empty text")
                continue
            if len(t) > 160:
                errors.append(f"{rid}: {len(t)} chars > 160")
            if "\n" in t or "\r" in t:
                errors.append(f"{rid}: line break in one-liner")
            if PHONE.search(t):
                errors.append(f"{rid}: unmasked phone")
            el = r["elements"]
            if list(el.keys()) != ELEMS or any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
                errors.append(f"{rid}: elements {el}")
                continue
            want = "illegal_used_import" if all(el[k] == 1 for k in ELEMS) else "legal"
            if r["label"] != want:
                errors.append(f"{rid}: label {r['label']} != {want}")
            if r["label"] == "legal" and r["category"].startswith("hn_") is False and want == "legal":
                pass  # ordinary legal texts may also use hn_ names; not enforced
            if want == "illegal_used_import" and r["category"].startswith("hn_"):
                errors.append(f"{rid}: illegal record with hn_ category")
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in texts:
                errors.append(f"{rid}: duplicate text")
            texts.add(norm)
            labels[r["label"]] += 1
    if n == 0:
        errors.append("no records")
    share = labels["legal"] / n if n else 0
    if not 0.50 <= share <= 0.60:
        errors.append(f"legal share {share:.3f} outside 0.50-0.60")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED: {len(errors)} errors in {n} records")
        sys.exit(1)
    print(f"OK: {n} records, {labels['legal']} legal ({share:.1%}), {labels['illegal_used_import']} illegal_used_import")


if __name__ == "__main__":
    main()
