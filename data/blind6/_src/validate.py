"""Validate the blind6 fold. Exit code 1 on any failure."""
import collections
import json
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}
KEYS = ["id", "kind", "text", "label", "category", "style", "elements"]
EKEYS = ["offer", "used", "clothing", "abroad"]
errors = []


def err(msg):
    errors.append(msg)


# conservative normaliser: undo fullwidth, common Cyrillic/Greek homoglyphs, leetspeak,
# emoji letters, then drop separators, so that obfuscated famous words still count as famous
HOMO = str.maketrans({
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y",
    "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0410": "a", "\u0412": "b",
    "\u0415": "e", "\u041a": "k", "\u041c": "m", "\u041d": "h", "\u041e": "o", "\u0420": "p",
    "\u0421": "c", "\u0422": "t", "\u0425": "x", "\u03bf": "o", "\u03b1": "a",
    "4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t",
    "*": "a",
})


def emoji_letters(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if 0x1F1E6 <= cp <= 0x1F1FF:          # regional indicators
            out.append(chr(ord("a") + cp - 0x1F1E6))
        elif 0x1F150 <= cp <= 0x1F169:        # negative circled capitals
            out.append(chr(ord("a") + cp - 0x1F150))
        elif 0x1F170 <= cp <= 0x1F189:        # negative squared capitals
            out.append(chr(ord("a") + cp - 0x1F170))
        elif 0x24B6 <= cp <= 0x24CF:          # circled capitals
            out.append(chr(ord("a") + cp - 0x24B6))
        elif 0x24D0 <= cp <= 0x24E9:          # circled small
            out.append(chr(ord("a") + cp - 0x24D0))
        else:
            out.append(ch)
    return "".join(out)


LONG_FAMOUS = ["thrift", "trift", "bekasimpor", "ballpres", "balpres", "ballprs", "karungan",
               "cakar", "monza", "awulawul"]


def has_famous(text):
    t = unicodedata.normalize("NFKC", text)
    t = emoji_letters(t).lower().translate(HOMO)
    squashed = re.sub(r"[^a-z]", "", t)
    if any(w in squashed for w in LONG_FAMOUS):
        return True
    # "bal" as a word, also when spelled with separators (b.a.l, b a l, b-a-l)
    if re.search(r"(?<![a-z])b[\W_]{0,3}a[\W_]{0,3}l(?![a-z])", t):
        return True
    if re.search(r"(?<![a-z])(bal|ngebal|balan)(?![a-z])", t):
        return True
    return False


def check(fname, style, id_from, id_to, n_expected, ill_frac, ill_tol, minlen, maxlen, minlines, maxlines):
    path = os.path.join(OUT, fname)
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s:%d bad json %s" % (fname, ln, e))
    if len(rows) != n_expected:
        err("%s: %d records, expected %d" % (fname, len(rows), n_expected))
    ids = [r.get("id") for r in rows]
    exp_ids = ["b6-%04d" % i for i in range(id_from, id_to + 1)]
    if ids != exp_ids:
        err("%s: ids not the expected consecutive sequence" % fname)
    kinds = collections.Counter()
    n_ill = 0
    free = 0
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            err("%s %s: keys/order %s" % (fname, rid, list(r.keys())))
            continue
        if list(r["elements"].keys()) != EKEYS:
            err("%s %s: element keys %s" % (fname, rid, list(r["elements"].keys())))
        if any(r["elements"][k] not in (0, 1) or type(r["elements"][k]) is not int for k in EKEYS):
            err("%s %s: elements must be 0/1 ints" % (fname, rid))
        want = "illegal_used_import" if all(r["elements"][k] == 1 for k in EKEYS) else "legal"
        if r["label"] != want:
            err("%s %s: label %s does not match elements" % (fname, rid, r["label"]))
        if r["style"] != style:
            err("%s %s: style %s" % (fname, rid, r["style"]))
        if r["kind"] not in KINDS:
            err("%s %s: kind %s" % (fname, rid, r["kind"]))
        kinds[r["kind"]] += 1
        if not isinstance(r["category"], str) or not r["category"]:
            err("%s %s: empty category" % (fname, rid))
        t = r["text"]
        if not (minlen <= len(t) <= maxlen):
            err("%s %s: length %d outside %d-%d" % (fname, rid, len(t), minlen, maxlen))
        nl = len([x for x in t.split("\n") if x.strip()])
        if not (minlines <= nl <= maxlines):
            err("%s %s: %d non-empty lines outside %d-%d" % (fname, rid, nl, minlines, maxlines))
        if t != t.strip():
            err("%s %s: leading/trailing whitespace" % (fname, rid))
        if re.search(r"\b08\d{6,}\b|\+62\s?\d{6,}", t):
            err("%s %s: unmasked phone number" % (fname, rid))
        if r["label"] == "illegal_used_import":
            n_ill += 1
            if not has_famous(t):
                free += 1
    missing = KINDS - set(kinds)
    if missing:
        err("%s: kinds never used: %s" % (fname, sorted(missing)))
    frac = n_ill / max(1, len(rows))
    if abs(frac - ill_frac) > ill_tol:
        err("%s: illegal share %.3f, expected about %.2f" % (fname, frac, ill_frac))
    if free < 25:
        err("%s: only %d illegal records free of famous words (need >= 25)" % (fname, free))
    rw = sum(r["category"].startswith("realworld_") for r in rows)
    if not (0.12 <= rw / len(rows) <= 0.18):
        err("%s: realworld share %.3f not about 15%%" % (fname, rw / len(rows)))
    print("%s: %d records, %d illegal (%.1f%%), %d famous-word-free illegal, %d realworld, kinds %s"
          % (fname, len(rows), n_ill, 100 * frac, free, rw, dict(kinds)))
    return rows


a = check("oneliners.jsonl", "oneliner", 1, 400, 400, 0.45, 0.03, 10, 160, 1, 1)
b = check("longform.jsonl", "longform", 1001, 1250, 250, 0.40, 0.03, 150, 2000, 2, 20)

# duplicates (exact and near-exact after normalisation), across both files
seen = {}
for r in a + b:
    key = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", r["text"]).lower()).strip()
    if key in seen:
        err("duplicate text: %s and %s" % (seen[key], r["id"]))
    seen[key] = r["id"]
# near duplicates: same first 60 normalised chars
pref = {}
for r in a + b:
    key = re.sub(r"\W+", " ", r["text"].lower()).strip()[:60]
    if len(key) >= 40 and key in pref:
        err("near-duplicate opening: %s and %s" % (pref[key], r["id"]))
    pref[key] = r["id"]

if errors:
    print("\n".join("ERROR " + e for e in errors))
    print("FAILED with %d errors" % len(errors))
    sys.exit(1)
print("OK: all checks passed")
