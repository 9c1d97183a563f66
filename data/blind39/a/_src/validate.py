"""Validate x75a_oneliners.jsonl. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {"x75a_oneliners.jsonl": "oneliner"}
ID_RANGE = (1, 300)
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
errors, seen_ids, seen_texts, labels = [], set(), {}, Counter()
PHONE = re.compile(r"(?:\+62|\b62|\b0)\s?8[\d\s\-.]{7,}")

for fname, style in FILES.items():
    with open(os.path.join(ROOT, fname), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            where = f"{fname}:{n}"
            if list(r.keys()) != KEYS: errors.append(f"{where} key order {list(r.keys())}")
            m = re.fullmatch(r"x75a-(\d{4})", r["id"])
            if not m or not ID_RANGE[0] <= int(m.group(1)) <= ID_RANGE[1]: errors.append(f"{where} bad id {r['id']}")
            if r["id"] in seen_ids: errors.append(f"{where} duplicate id {r['id']}")
            seen_ids.add(r["id"])
            if r["kind"] not in KINDS: errors.append(f"{where} bad kind {r['kind']}")
            if r["style"] != style: errors.append(f"{where} style {r['style']}")
            t = r["text"]
            if style == "oneliner":
                if len(t) > 160 or "\n" in t or "\r" in t or not t.strip(): errors.append(f"{where} oneliner length/linebreak")
            else:
                lines = [l for l in t.split("\n") if l.strip()]
                if not 150 <= len(t) <= 1500 or not 2 <= len(lines) <= 15: errors.append(f"{where} longform length/lines")
            if list(r["elements"].keys()) != ELS or any(r["elements"][k] not in (0, 1) or isinstance(r["elements"][k], bool) for k in ELS):
                errors.append(f"{where} bad elements {r['elements']}")
            exp = "illegal_used_import" if all(r["elements"][k] == 1 for k in ELS) else "legal"
            if r["label"] != exp: errors.append(f"{where} label {r['label']} != {exp}")
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]): errors.append(f"{where} category not snake_case")
            if r["label"] == "legal" and not r["category"].startswith("hn_") and r["elements"]["offer"] == 0:
                pass
            if r["label"] == "illegal_used_import" and r["category"].startswith("hn_"): errors.append(f"{where} illegal record with hn_ category")
            if PHONE.search(t): errors.append(f"{where} unmasked phone: {t}")
            key = re.sub(r"\s+", " ", t.lower()).strip()
            if key in seen_texts: errors.append(f"{where} duplicate text of {seen_texts[key]}")
            seen_texts[key] = r["id"]
            labels[r["label"]] += 1

total = sum(labels.values())
if len(seen_ids) != ID_RANGE[1] - ID_RANGE[0] + 1: errors.append(f"expected {ID_RANGE[1]} ids, got {len(seen_ids)}")
share = labels["legal"] / total if total else 0
if not 0.50 <= share <= 0.60: errors.append(f"legal share {share:.3f} outside 50-60%")
if errors:
    print("\n".join(errors)); print(f"FAILED ({len(errors)} problems)"); sys.exit(1)
print(f"records={total} labels={dict(labels)} legal_share={share:.3f}")
print("OK")
