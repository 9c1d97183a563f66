"""Validate x72c_oneliners.jsonl against the brief. Prints OK or the problems found."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x72c_oneliners.jsonl")
PREFIX = "x72c"
ID_MIN, ID_MAX = 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
STYLES = {"oneliner", "longform"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
LABELS = {"illegal_used_import", "legal"}
CAT_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# any run of 6+ digits (allowing spaces, dots, dashes) that starts like a phone number
PHONE_RE = re.compile(r"(?:\+?62|0)8[\d\s.\-]{5,}\d")
MASKED_RE = re.compile(r"08\d{2}x{4}")


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def main():
    errors = []
    ids, texts = set(), {}
    n = legal = 0
    with open(PATH, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {ln}: empty line")
            continue
        rec = json.loads(line)
        n += 1
        where = f"line {ln} ({rec.get('id')})"
        if list(rec.keys()) != KEYS:
            errors.append(f"{where}: keys/order {list(rec.keys())}")
            continue
        m = re.fullmatch(rf"{PREFIX}-(\d{{4}})", rec["id"])
        if not m or not (ID_MIN <= int(m.group(1)) <= ID_MAX):
            errors.append(f"{where}: id out of range/format")
        if rec["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rec["id"])
        if rec["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {rec['kind']}")
        if rec["style"] not in STYLES:
            errors.append(f"{where}: bad style {rec['style']}")
        if not CAT_RE.match(rec["category"]):
            errors.append(f"{where}: category not snake_case")
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if rec["style"] == "oneliner":
            if len(text) > 160:
                errors.append(f"{where}: oneliner too long ({len(text)})")
            if "\n" in text or "\r" in text:
                errors.append(f"{where}: oneliner has line break")
        else:
            nonempty = [l for l in text.split("\n") if l.strip()]
            if not (150 <= len(text) <= 1500):
                errors.append(f"{where}: longform length {len(text)}")
            if not (2 <= len(nonempty) <= 15):
                errors.append(f"{where}: longform lines {len(nonempty)}")
        el = rec["elements"]
        if list(el.keys()) != EKEYS:
            errors.append(f"{where}: element keys {list(el.keys())}")
            continue
        if any(v not in (0, 1) or isinstance(v, bool) for v in el.values()):
            errors.append(f"{where}: element not 0/1")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if rec["label"] not in LABELS or rec["label"] != want:
            errors.append(f"{where}: label {rec['label']} != derived {want}")
        if rec["label"] == "legal":
            legal += 1
            if rec["category"].startswith("hn_") is False and want == "legal":
                pass
        else:
            if rec["category"].startswith("hn_"):
                errors.append(f"{where}: illegal record with hn_ category")
        for ph in PHONE_RE.findall(text):
            errors.append(f"{where}: unmasked phone {ph!r}")
        if re.search(r"08\d{2}x", text) and not MASKED_RE.search(text):
            errors.append(f"{where}: badly masked phone")
        key = norm(text)
        if key in texts:
            errors.append(f"{where}: duplicate text of {texts[key]}")
        texts[key] = rec["id"]
    expected_ids = {f"{PREFIX}-{i:04d}" for i in range(ID_MIN, ID_MAX + 1)}
    if n and ids - expected_ids:
        errors.append(f"ids outside range: {sorted(ids - expected_ids)[:5]}")
    share = legal / n if n else 0
    if not (0.70 <= share <= 0.80):
        errors.append(f"legal share {share:.3f} outside 70-80%")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"records={n} legal={legal} share={share:.3f}")
    print("OK")


if __name__ == "__main__":
    main()
