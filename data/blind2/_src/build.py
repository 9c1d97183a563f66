# -*- coding: utf-8 -*-
"""Build the blind2 evaluation fold from the hand-written batch files.

Usage:  python3 build.py
Writes ../oneliners.jsonl, ../longform.jsonl and ../README.md (from README_template.md).
Shuffling uses a fixed seed so the output is reproducible.
"""
import json
import os
import random
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import ol_illegal, ol_legal  # noqa: E402
import lf_illegal_a, lf_illegal_b, lf_legal_a, lf_legal_b, lf_legal_c  # noqa: E402

SEED_ONELINER = 20250117
SEED_LONGFORM = 20250118


def rows_from(module, style):
    rows = []
    for kind, category, text in module.ITEMS:
        if style == "longform":
            assert isinstance(text, list), (module.__name__, text)
            text = "\n".join(line.rstrip() for line in text)
        rows.append({"kind": kind, "text": text, "label": module.LABEL,
                     "category": category, "style": style})
    return rows


def finalize(rows, seed, first_id):
    rng = random.Random(seed)
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        out.append(OrderedDict([
            ("id", "b2-%04d" % (first_id + i)),
            ("kind", r["kind"]),
            ("text", r["text"]),
            ("label", r["label"]),
            ("category", r["category"]),
            ("style", r["style"]),
        ]))
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def count_table(rows, title):
    c = Counter((r["label"], r["category"]) for r in rows)
    lines = ["**%s** (%d texts)" % (title, len(rows)), "",
             "| label | category | count |", "| --- | --- | ---: |"]
    for label in ("illegal_used_import", "legal"):
        cats = sorted(k[1] for k in c if k[0] == label)
        for cat in cats:
            lines.append("| %s | %s | %d |" % (label, cat, c[(label, cat)]))
        total = sum(v for k, v in c.items() if k[0] == label)
        lines.append("| %s | **total** | **%d** |" % (label, total))
    return "\n".join(lines)


def stats(one, lf):
    kw = ("thrift", "bekas", "impor", "import", "bal")
    ill = [r for r in one if r["label"] == "illegal_used_import"]
    nokw = sum(not any(k in r["text"].lower() for k in kw) for r in ill)
    l1 = [len(r["text"]) for r in one]
    l2 = [len(r["text"]) for r in lf]
    n2 = [r["text"].count("\n") + 1 for r in lf]
    kinds = Counter(r["kind"] for r in one + lf)
    return "\n".join([
        "- Illegal one-liners with none of the substrings thrift/bekas/impor/import/bal "
        "(case-insensitive, raw text): %d of %d (%.1f%%; required >= 40%%)." % (nokw, len(ill), 100.0 * nokw / len(ill)),
        "- One-liner length: %d-%d characters (mean %.0f)." % (min(l1), max(l1), sum(l1) / len(l1)),
        "- Long-form length: %d-%d characters (mean %.0f), %d-%d lines." % (min(l2), max(l2), sum(l2) / len(l2), min(n2), max(n2)),
        "- Kinds (both files): " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())) + ".",
    ])


def main():
    one = rows_from(ol_illegal, "oneliner") + rows_from(ol_legal, "oneliner")
    lf = (rows_from(lf_illegal_a, "longform") + rows_from(lf_illegal_b, "longform")
          + rows_from(lf_legal_a, "longform") + rows_from(lf_legal_b, "longform")
          + rows_from(lf_legal_c, "longform"))
    one = finalize(one, SEED_ONELINER, 1)
    lf = finalize(lf, SEED_LONGFORM, 1001)
    write_jsonl(os.path.join(OUT, "oneliners.jsonl"), one)
    write_jsonl(os.path.join(OUT, "longform.jsonl"), lf)

    tmpl_path = os.path.join(HERE, "README_template.md")
    if os.path.exists(tmpl_path):
        with open(tmpl_path, encoding="utf-8") as f:
            tmpl = f.read()
        counts = count_table(one, "oneliners.jsonl") + "\n\n" + count_table(lf, "longform.jsonl")
        with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
            f.write(tmpl.replace("{{COUNTS}}", counts).replace("{{STATS}}", stats(one, lf)))
    print("wrote %d one-liners, %d long-form" % (len(one), len(lf)))


if __name__ == "__main__":
    main()
