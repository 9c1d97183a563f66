"""Validate the x5d files. Prints OK when every check passes."""
import json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {"x5d_oneliners.jsonl": ("oneliner", 1, 300), "x5d_longform.jsonl": ("longform", 1001, 1100)}
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
ELS = ["offer", "used", "clothing", "abroad"]
TRADE = re.compile(r"(thrift|bekas|second|seken|\b2nd\b|2 n d|preloved|pre\.loved|p\.r\.e|\bbal\b|karung|goni|koli|impor|import|"
                   r"lelong|cakar|cabo|cakbo|monza|monja|awul|rombeng|\bRB\b|\bBJ\b|roma|bundle|obok|balpres|ballpress|"
                   r"sortir|reject|sisa ekspor|senen|gedebage|kebon kalapa|pajak melati|pamela|tungging|mardika|pharaa|youtefa|"
                   r"batam|tanjungbalai|entikong|nunukan|tawau|pare-pare|motaain|ampera|terong|vintage|bs garmen|overrun|"
                   r"jastip|ex[ -]|eks|capkarung|per bal|kardus|majun|upcycle)", re.I)
FAMOUS = re.compile(r"(thrift|bekas impor|\bbal\b|ballpress|balpres|karungan|cakar|monza|awul)", re.I)
PHONE = re.compile(r"\d[\d\- ]{7,}\d")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    seen_ids, seen_txt = set(), set()
    tot = Counter()
    for fn, (style, lo, hi) in FILES.items():
        recs = [json.loads(l) for l in open(os.path.join(D, fn), encoding="utf-8")]
        if len(recs) != hi - lo + 1:
            fail("%s has %d records" % (fn, len(recs)))
        lab = Counter()
        ill_plain = ill = 0
        for r in recs:
            if list(r.keys()) != KEYS:
                fail("key order %s" % r.get("id"))
            rid = r["id"]
            m = re.fullmatch(r"x5d-(\d{4})", rid)
            if not m or not lo <= int(m.group(1)) <= hi:
                fail("id out of range %s" % rid)
            if rid in seen_ids:
                fail("duplicate id %s" % rid)
            seen_ids.add(rid)
            if r["kind"] not in KINDS:
                fail("kind %s %s" % (rid, r["kind"]))
            if r["style"] != style:
                fail("style %s" % rid)
            if not re.fullmatch(r"[a-z0-9_]+", r["category"]):
                fail("category %s" % rid)
            el = r["elements"]
            if list(el.keys()) != ELS or any(v not in (0, 1) for v in el.values()):
                fail("elements %s" % rid)
            want = "illegal_used_import" if all(el.values()) else "legal"
            if r["label"] != want:
                fail("label %s" % rid)
            if r["label"] == "legal" and not r["category"].startswith("hn_"):
                fail("legal category must start with hn_: %s" % rid)
            if r["label"] != "legal" and r["category"].startswith("hn_"):
                fail("illegal with hn_ category: %s" % rid)
            t = r["text"]
            lines = [x for x in t.split("\n") if x.strip()]
            if style == "oneliner":
                if len(t) > 160 or "\n" in t:
                    fail("oneliner length/linebreak %s (%d)" % (rid, len(t)))
            else:
                if not 150 <= len(t) <= 1500 or not 2 <= len(lines) <= 15:
                    fail("longform length/lines %s (%d chars, %d lines)" % (rid, len(t), len(lines)))
            for ph in PHONE.findall(t):
                fail("unmasked phone-like number %s: %s" % (rid, ph))
            for ph in re.findall(r"\b0\d{3}\w*", t):
                if re.fullmatch(r"0\d{3}", ph):
                    continue
                if not re.fullmatch(r"08\d\dxxxx", ph):
                    fail("phone not masked as 08..xxxx %s: %s" % (rid, ph))
            norm = re.sub(r"\s+", " ", t.lower()).strip()
            if norm in seen_txt:
                fail("duplicate text %s" % rid)
            seen_txt.add(norm)
            if r["label"] == "legal" and not TRADE.search(t):
                fail("legal text without trade word %s: %s" % (rid, t[:60]))
            lab[r["label"]] += 1
            if r["label"] != "legal":
                ill += 1
                if not FAMOUS.search(t):
                    ill_plain += 1
        share = lab["legal"] / len(recs)
        if not 0.50 <= share <= 0.60:
            fail("%s legal share %.2f" % (fn, share))
        if ill and ill_plain / ill < 0.60:
            fail("%s illegal avoiding famous words only %.2f" % (fn, ill_plain / ill))
        print("%s: %d records, legal %d (%.1f%%), illegal %d, illegal without famous words %d (%.0f%%)"
              % (fn, len(recs), lab["legal"], 100 * share, ill, ill_plain, 100 * ill_plain / max(ill, 1)))
        tot.update(lab)
    print("OK")


if __name__ == "__main__":
    main()
