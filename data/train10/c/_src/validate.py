"""Check x51c_oneliners.jsonl against the brief; prints OK when everything passes."""
import collections, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import load_rows  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "x51c_oneliners.jsonl")
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EL = ["offer", "used", "clothing", "abroad"]
N_EXPECTED = 300
errors = []


def err(msg):
    errors.append(msg)


recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
if len(recs) != N_EXPECTED:
    err(f"expected {N_EXPECTED} records, got {len(recs)}")
valid_ids = {f"x51c{i:04d}" for i in range(1, N_EXPECTED + 1)}
seen_ids, seen_texts = set(), {}
phone_re = re.compile(r"(\+?62|0)8\d[\d\s\-]{5,}")
for r in recs:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(f"{rid}: keys {list(r.keys())}")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if rid not in valid_ids:
        err(f"{rid}: id out of range")
    t = r["text"]
    if r["style"] != "oneliner":
        err(f"{rid}: style {r['style']}")
    if len(t) > 160 or len(t) < 10:
        err(f"{rid}: length {len(t)}")
    if "\n" in t or "\r" in t:
        err(f"{rid}: line break")
    if r["kind"] not in KINDS:
        err(f"{rid}: kind {r['kind']}")
    e = r["elements"]
    if list(e.keys()) != EL or any(e[k] not in (0, 1) for k in EL):
        err(f"{rid}: elements {e}")
    want = "illegal_used_import" if all(e[k] == 1 for k in EL) else "legal"
    if r["label"] != want:
        err(f"{rid}: label {r['label']} != {want}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]):
        err(f"{rid}: category {r['category']}")
    if r["label"] == "legal" and not r["category"].startswith("hn_"):
        err(f"{rid}: legal record category must start with hn_")
    if r["label"] != "legal" and r["category"].startswith("hn_"):
        err(f"{rid}: illegal record with hn_ category")
    if phone_re.search(t.replace("0812xxxx", "")):
        err(f"{rid}: unmasked phone in {t!r}")
    norm = re.sub(r"\s+", " ", t.lower()).strip()
    if norm in seen_texts:
        err(f"{rid}: duplicate text of {seen_texts[norm]}")
    seen_texts[norm] = rid

legal = sum(r["label"] == "legal" for r in recs)
share = legal / max(len(recs), 1)
if not 0.50 <= share <= 0.60:
    err(f"legal share {share:.3f} outside 50-60%")

# family checks against the sources: 2-4 members, distinct categories, one element between base and twins
rows = load_rows()
fams = collections.defaultdict(list)
for row in rows:
    fams[row[0]].append(row)
for fam, mem in fams.items():
    if not 2 <= len(mem) <= 4:
        err(f"{fam}: size {len(mem)}")
    cats = [m[1] for m in mem]
    if len(set(cats)) != len(cats):
        err(f"{fam}: repeated category {cats}")
    base = mem[0][3:7]
    for m in mem[1:]:
        d = sum(x != y for x, y in zip(base, m[3:7]))
        if d == 0 or d > 2:
            err(f"{fam}: member differs from base in {d} elements: {m[7]!r}")
# adjacency in output
text2fam = {re.sub(r"\s+", " ", row[7].lower()).strip(): row[0] for row in rows}
fam_seq = [text2fam.get(re.sub(r"\s+", " ", r["text"].lower()).strip()) for r in recs]
for i in range(len(fam_seq) - 1):
    if fam_seq[i] == fam_seq[i + 1]:
        err(f"family {fam_seq[i]} adjacent at {recs[i]['id']}")

if errors:
    for m in errors[:60]:
        print("ERR", m)
    print(f"{len(errors)} errors")
    sys.exit(1)
print("OK", len(recs), "records,", legal, "legal", f"({share:.1%})")
