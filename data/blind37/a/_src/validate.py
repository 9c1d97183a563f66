"""Validate x71a_oneliners.jsonl against BRIEF.md rules; prints OK on success."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x71a_oneliners.jsonl")
PREFIX, LO, HI = "x71a", 1, 300
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
PHONE = re.compile(r"(?:\+?62|\b0)8\d[\d\s.\-]{5,}")
errs = []
ids, texts = set(), set()
n = legal = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        r = json.loads(line)
        n += 1
        where = f"line {ln}"
        if list(r.keys()) != KEYS:
            errs.append(f"{where}: key order {list(r.keys())}")
        m = re.fullmatch(PREFIX + r"-(\d{4})", r["id"])
        if not m or not (LO <= int(m.group(1)) <= HI):
            errs.append(f"{where}: bad id {r['id']}")
        if r["id"] in ids:
            errs.append(f"{where}: duplicate id {r['id']}")
        ids.add(r["id"])
        if r["kind"] not in KINDS:
            errs.append(f"{where}: bad kind {r['kind']}")
        t = r["text"]
        if r["style"] == "oneliner":
            if len(t) > 160 or "\n" in t or "\r" in t:
                errs.append(f"{where}: oneliner too long ({len(t)}) or has line break")
        elif r["style"] == "longform":
            nl = [x for x in t.split("\n") if x.strip()]
            if not (150 <= len(t) <= 1500 and 2 <= len(nl) <= 15):
                errs.append(f"{where}: longform size/lines")
        else:
            errs.append(f"{where}: bad style {r['style']}")
        if not t.strip():
            errs.append(f"{where}: empty text")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
            errs.append(f"{where}: category not snake_case")
        el = r["elements"]
        if list(el.keys()) != EKEYS or any(el[k] not in (0, 1) or isinstance(el[k], bool) for k in EKEYS):
            errs.append(f"{where}: bad elements {el}")
        want = "illegal_used_import" if all(el[k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            errs.append(f"{where}: label {r['label']} != derived {want}")
        if r["label"] == "legal" and r["category"].startswith("hn_") is False and r["category"] not in ("plain_clothing_listing",):
            errs.append(f"{where}: legal record with non-hn category {r['category']}")
        if r["label"] != "legal" and r["category"].startswith("hn_"):
            errs.append(f"{where}: illegal record with hn_ category")
        if PHONE.search(t):
            errs.append(f"{where}: unmasked phone in {t!r}")
        norm = re.sub(r"\s+", " ", t.lower()).strip()
        if norm in texts:
            errs.append(f"{where}: duplicate text {t!r}")
        texts.add(norm)
        legal += r["label"] == "legal"
if n != HI - LO + 1:
    errs.append(f"expected {HI - LO + 1} records, got {n}")
share = legal / n if n else 0
if not (0.50 <= share <= 0.60):
    errs.append(f"legal share {share:.3f} outside 0.50-0.60")
if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print(f"{n} records, legal share {share:.3f}")
print("OK")
