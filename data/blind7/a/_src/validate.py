"""Validate the two x8a files against the brief."""
import json, os, re, sys, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
TRADE = re.compile(r"thrift|bekas|\bseken|second|\b2nd\b|preloved|\bbal\b|\bbale|balpres|ballpres|karung|goni|koli|"
                   r"impor|import|cakar|monza|monja|awul|rombeng|\broma\b|lelong|bundle|obok|baju batam|kontainer|"
                   r"sortir|grade|\bex\b|\beks\b|senen|gedebage|kebon kalapa|pajak melati|tungging|"
                   r"tanjungbalai|batam|entikong|dumai|nunukan|tawau|belawan|port klang|used|secondhand|reject|sisa ekspor|"
                   r"pajak|pasar|majun", re.I)
FAMOUS = re.compile(r"thrift|bekas impor|\bbal\b|ball?pres|karungan|cakar|monza|awul", re.I)
PHONE = re.compile(r"(?:\+62\s?|\b0)8\d{5,}")
errors = []


def check(fname, lo, hi, n_expected, style):
    recs = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    if len(recs) != n_expected:
        errors.append("%s: %d records, expected %d" % (fname, len(recs), n_expected))
    seen_ids, seen_txt = set(), set()
    for r in recs:
        rid = r["id"]
        if list(r.keys()) != ["id", "kind", "text", "label", "category", "style", "elements"]:
            errors.append(rid + " key order")
        if list(r["elements"].keys()) != ["offer", "used", "clothing", "abroad"]:
            errors.append(rid + " element keys")
        m = re.fullmatch(r"x8a-(\d{4})", rid)
        if not m or not lo <= int(m.group(1)) <= hi or rid in seen_ids:
            errors.append(rid + " bad/duplicate id")
        seen_ids.add(rid)
        t = r["text"]
        if r["kind"] not in KINDS:
            errors.append(rid + " kind")
        if r["style"] != style:
            errors.append(rid + " style")
        if style == "oneliner":
            if len(t) > 160 or "\n" in t:
                errors.append(rid + " oneliner length/newline %d" % len(t))
        else:
            nl = [x for x in t.split("\n") if x.strip()]
            if not 150 <= len(t) <= 1500 or not 2 <= len(nl) <= 15:
                errors.append(rid + " longform length %d lines %d" % (len(t), len(nl)))
        if any(v not in (0, 1) for v in r["elements"].values()):
            errors.append(rid + " element not 0/1")
        want = "illegal_used_import" if all(r["elements"].values()) else "legal"
        if r["label"] != want:
            errors.append(rid + " label")
        if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
            errors.append(rid + " category")
        if r["label"] == "legal" and not r["category"].startswith("hn_"):
            errors.append(rid + " legal category without hn_")
        if PHONE.search(t):
            errors.append(rid + " unmasked phone " + PHONE.search(t).group(0))
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_txt:
            errors.append(rid + " duplicate text")
        seen_txt.add(key)
        if r["label"] == "legal" and not TRADE.search(t):
            errors.append(rid + " legal text without trade word")
    legal = sum(r["label"] == "legal" for r in recs)
    share = legal / max(1, len(recs))
    if not 0.50 <= share <= 0.60:
        errors.append("%s legal share %.3f" % (fname, share))
    ill = [r for r in recs if r["label"] != "legal"]
    nofam = sum(not FAMOUS.search(r["text"]) for r in ill)
    if ill and nofam / len(ill) < 0.60:
        errors.append("%s illegal without famous words %.2f" % (fname, nofam / len(ill)))
    print("%s: n=%d legal=%d (%.1f%%) illegal=%d, illegal w/o famous words=%d (%.0f%%)" %
          (fname, len(recs), legal, 100 * share, len(ill), nofam, 100 * nofam / max(1, len(ill))))
    return recs


a = check("x8a_oneliners.jsonl", 1, 300, 300, "oneliner")
b = check("x8a_longform.jsonl", 1001, 1150, int(sys.argv[1]) if len(sys.argv) > 1 else 150, "longform")
allkey = collections.Counter(re.sub(r"\s+", " ", r["text"].lower()).strip() for r in a + b)
errors += ["cross-file duplicate: " + k[:60] for k, v in allkey.items() if v > 1]
if errors:
    print("\n".join(errors[:80]))
    print("FAILED", len(errors))
    sys.exit(1)
print("OK")
