"""Validate /work/main/data/tune/longform.jsonl.

Checks: exact field set, field values, label/elements consistency, unique ids
and texts, id range, line/character limits, counts per label and category,
and the rule that at least one third of illegal rows contain none of the
substrings "thrift", "bekas", "impor" (case-insensitive).
Exit code 1 on any failure.
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ILLEGAL_CATS, LEGAL_CATS, KINDS  # noqa: E402

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "longform.jsonl")
FIELDS = {"id", "kind", "text", "label", "category", "style", "elements"}
KEYWORDS = ("thrift", "bekas", "impor")
PHONE = re.compile(r"\b(?:\+?62|0)8\d{7,}\b")

errors = []
rows = [json.loads(l) for l in open(PATH, encoding="utf-8")]

ids, texts = set(), set()
for r in rows:
    rid = r.get("id")
    if set(r) != FIELDS:
        errors.append("%s: fields %s" % (rid, sorted(r)))
        continue
    if rid in ids:
        errors.append("duplicate id %s" % rid)
    ids.add(rid)
    norm = " ".join(r["text"].lower().split())
    if norm in texts:
        errors.append("duplicate text %s" % rid)
    texts.add(norm)
    if r["kind"] not in KINDS:
        errors.append("%s: kind %s" % (rid, r["kind"]))
    if r["style"] != "longform":
        errors.append("%s: style" % rid)
    if r["label"] not in ("illegal_used_import", "legal"):
        errors.append("%s: label" % rid)
    cat = r["category"]
    if r["label"] == "illegal_used_import" and cat not in ILLEGAL_CATS:
        errors.append("%s: illegal label with category %s" % (rid, cat))
    if r["label"] == "legal" and cat not in LEGAL_CATS:
        errors.append("%s: legal label with category %s" % (rid, cat))
    el = r["elements"]
    if set(el) != {"offer", "used", "clothing", "abroad"} or any(v not in (0, 1) for v in el.values()):
        errors.append("%s: elements %s" % (rid, el))
    allone = all(el.values())
    if allone != (r["label"] == "illegal_used_import"):
        errors.append("%s: label/elements inconsistent %s %s" % (rid, r["label"], el))
    nlines = r["text"].count("\n") + 1
    if not 2 <= nlines <= 15:
        errors.append("%s: %d lines" % (rid, nlines))
    if not 120 <= len(r["text"]) <= 1400:
        errors.append("%s: %d chars" % (rid, len(r["text"])))
    if PHONE.search(r["text"]):
        errors.append("%s: unmasked phone number" % rid)

expected_ids = {"t2-%d" % i for i in range(1001, 1501)}
if ids != expected_ids:
    errors.append("id set is not t2-1001..t2-1500 (%d ids)" % len(ids))
if len(rows) != 500:
    errors.append("row count %d != 500" % len(rows))

lab = collections.Counter(r["label"] for r in rows)
cat = collections.Counter((r["label"], r["category"]) for r in rows)
kind = collections.Counter(r["kind"] for r in rows)
ill = [r for r in rows if r["label"] == "illegal_used_import"]
nokw = [r for r in ill if not any(k in r["text"].lower() for k in KEYWORDS)]
nokw_cat = collections.Counter(r["category"] for r in nokw)

share = lab["illegal_used_import"] / max(1, len(rows))
if not 0.38 <= share <= 0.42:
    errors.append("illegal share %.3f outside 0.38-0.42" % share)
for c in LEGAL_CATS:
    if cat[("legal", c)] < 20:
        errors.append("legal category %s has %d < 20" % (c, cat[("legal", c)]))
for c in ILLEGAL_CATS:
    if cat[("illegal_used_import", c)] == 0:
        errors.append("illegal category %s empty" % c)
if len(nokw) * 3 < len(ill):
    errors.append("no-keyword illegal rows %d < one third of %d" % (len(nokw), len(ill)))

lens = sorted(len(r["text"]) for r in rows)
lines = sorted(r["text"].count("\n") + 1 for r in rows)
print("rows: %d" % len(rows))
print("labels: %s" % dict(lab))
print("kinds: %s" % dict(sorted(kind.items())))
print("chars: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
print("lines: min %d, median %d, max %d" % (lines[0], lines[len(lines) // 2], lines[-1]))
print("categories:")
for (l, c), n in sorted(cat.items()):
    extra = ""
    if l == "illegal_used_import":
        extra = "  (no-keyword: %d)" % nokw_cat[c]
    print("  %-20s %-22s %3d%s" % (l, c, n, extra))
print("illegal rows without thrift/bekas/impor: %d of %d (%.1f%%)" % (len(nokw), len(ill), 100.0 * len(nokw) / max(1, len(ill))))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors[:200]:
        print("  " + e)
    sys.exit(1)
print("ALL CHECKS PASSED")
