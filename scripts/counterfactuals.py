#!/usr/bin/env python3
"""Counterfactual twins of the training offers, for the elements' scorers.

Nearly every training text with "ex Korea", a bale or a port also names garments, and says
"bekas": a scorer of the goods learns that the trade's context means clothing, and a scorer of
wear that an origin means used. Then "dashcam ex Korea, bekas, 120rb" holds clothing at 1.0 and
"sepatu ex Korea baru box lengkap" holds used (bench/RESULTS.md, issue #10's twenty-second
session). Each one-line offer here is rewritten with the one word that decides an element
changed and every other word kept, so that only that word can tell the scorer the answer:
  clothing 0: the garments the pack finds (group `clothing`) become other goods, in offers
              whose clothing rests on those words and the bale alone (no code word, brand or
              thrift: "thrift sepatu" stays what it is);
  used 0:     the words of wear (group `used`) become words of new stock, in offers whose wear
              rests on those words and an origin alone (no bale, sack, code word, grade or
              market of the trade, which say used by themselves);
and once more with that word dropped, the element kept (clothing 1, used 1): the trade's
context alone still says it. Without those, the scorers learned the context to be neutral and
sent offers that name no garment to review.
The spans come from `saring scan --no-model` (the pack alone, so the rewrite does not depend on
the models being trained). The replacement is chosen by a hash of the record's id: the same
data gives the same files.
Usage: counterfactuals.py SARING POLICY OUT_DIR HELD_OUT_IDS TRAINING.jsonl...
(HELD_OUT_IDS: ids never trained on, one a line, as `saring train --exclude-ids` reads them)
Writes OUT_DIR/counterfactual_clothing.jsonl and OUT_DIR/counterfactual_used.jsonl.
"""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys

# Goods that are sold used, by the piece, the sack or the container, and are not worn: the
# twins' own kinds (tools, kitchenware, electronics, sports gear, building stock, paper).
OTHER_GOODS = [
    "panci", "wajan", "piring", "mangkok keramik", "termos", "dispenser", "rice cooker",
    "blender", "kompor gas", "setrika", "kipas angin", "lampu gantung", "lampu belajar",
    "HP", "hape", "charger", "powerbank", "headset", "speaker", "dashcam", "kamera", "lensa",
    "laptop", "keyboard", "mouse", "monitor", "printer", "harddisk", "flashdisk", "router",
    "bor listrik", "gerinda", "mesin las", "kunci pas", "obeng", "tang", "gergaji", "palu",
    "meteran", "alat ukur", "genset", "pompa air", "kompresor", "dongkrak", "velg", "ban",
    "aki", "spion", "helm", "sparepart motor", "knalpot", "sepeda lipat", "stroller",
    "stik golf", "raket", "bola basket", "dumbel", "joran pancing", "reel pancing", "tenda",
    "matras", "terpal", "karpet plastik", "kardus", "kertas HVS", "koran", "botol plastik",
    "jerigen", "drum plastik", "kayu palet", "besi tua", "kabel", "pipa", "keramik lantai",
    "cat tembok", "buku", "novel", "komik", "majalah", "mainan", "boneka", "lego", "puzzle",
    "kursi lipat", "meja lipat", "rak besi", "lemari plastik", "cermin", "jam dinding",
    "jam tangan", "kacamata", "parfum", "kosmetik", "sendok garpu", "gelas", "toples",
    "vas bunga", "pot tanaman", "cangkul", "sabit", "arit", "selang", "gitar", "keyboard musik",
    "kaset", "piringan hitam", "radio", "televisi", "kulkas", "mesin cuci", "AC", "oven",
]
# Words of new stock that a seller of imports would write.
NEW_WORDS = [
    "baru", "BARU", "new", "NEW", "baru segel", "masih segel", "BNWT", "brand new",
    "new with tag", "baru gress", "100% baru", "baru, tag masih ada", "baru dari pabrik",
    "anyar", "belum pernah dipakai", "baru box lengkap",
]
MAX_CHARS = 200
# A garment's clothing rests on more than its noun when the text has these. Not a bale or
# a sack of the trade ("karungan", "bal Korea"): when the goods in it are named, they decide
# ("Karungan aki bekas impor Korea, isi 30 buah" holds no clothing), and the rewrite with the
# garment dropped keeps clothing on the bale alone (issue #10's twenty-ninth session).
CLOTHING_BESIDES = {"codeword", "codeword_strong", "thrift", "apparel_brand"}
# Wear rests on more than its words when the text has these.
USED_BESIDES = {"worn", "thrift", "bale", "bale_strong", "codeword", "codeword_strong",
                "by_weight", "sack", "bale_grade", "trade_market", "port", "wholesale", "market"}
# Words the pack does not group that still say what the goods are: a cloth, a cut, a size
# ("rak besi wool, LD 104" is a garment still), or that they were worn or sorted ("mulus 85%",
# "sudah dilaundry", "kepala"). A text with them is not rewritten: its rewrite would lie.
STILL_CLOTHING = re.compile(
    r"\b(batik|rajut\w*|wool|katun|denim|flanel|linen|rayon|polyester|sutra|satin|kulit|bulu|"
    r"motif|bahan|size|ukuran|ld|pb|lingkar|lengan|kerah|pinggang|sablon|jersey|klub|bordir|"
    r"s|m|l|xl|xxl|\d*xl|allsize|psg|pasang|luntur|ketiak|kancing|resleting|hoodie|outer)\b",
    re.I)
STILL_WORN = re.compile(
    r"\b(mulus|noda|dicuci|cuci|laundry|dilaundry|di-laundry|kondisi|like new|kepala|badan|"
    r"sortir\w*|pakai|minus|pudar|bau|apek|wangi|reject|kw)\b|\d+ ?%", re.I)


# An element, the pack's groups whose words decide it, the groups that say it anyway, the
# words that would still say it after the rewrite, and the words that deny it.
Rewrite = collections.namedtuple("Rewrite", "element groups besides still choices")
REWRITES = [
    Rewrite("clothing", {"clothing"}, CLOTHING_BESIDES, STILL_CLOTHING, OTHER_GOODS),
    Rewrite("used", {"used"}, USED_BESIDES, STILL_WORN, NEW_WORDS),
]


def pick(choices, key):
    return choices[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(choices)]


def cased_like(word, original):
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def whole_words(raw, start, end):
    """A span widened to the words it cuts: a prefix term matches "1mp0r" of "1mp0rt"."""
    while start > 0 and raw[start - 1:start].isalnum():
        start -= 1
    while end < len(raw) and raw[end:end + 1].isalnum():
        end += 1
    return start, end


def merged_spans(text, evidence, groups):
    """The byte spans of the groups' matches, widened to whole words, with neighbours and
    overlaps joined ("kemeja flanel", "ex Korea" and its "Korea")."""
    raw = text.encode("utf-8")
    spans = sorted(whole_words(raw, e["start"], e["end"]) for e in evidence
                   if e["group"] in groups and e.get("field", "text") == "text")
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def rewritten(text, spans, choices, key):
    """The text with each span replaced by one of choices, or dropped when there are none."""
    raw = text.encode("utf-8")
    out, at = [], 0
    for i, (start, end) in enumerate(spans):
        original = raw[start:end].decode("utf-8", "replace")
        word = cased_like(pick(choices, f"{key}/{i}"), original) if choices else ""
        out += [raw[at:start], word.encode("utf-8")]
        at = end
    out.append(raw[at:])
    return re.sub(r"  +", " ", b"".join(out).decode("utf-8")).strip()


def main():
    saring, policy, out_dir, held_out_ids, *paths = sys.argv[1:]
    with open(held_out_ids, encoding="utf-8") as f:
        held_out = {line.strip() for line in f}
    offers = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                # One-liners only: a long text names more goods and more wear than the pack
                # finds ("tops 25k", "ada pudar di lengan"), and its rewrite would lie.
                text = r.get("text") or ""
                if (r.get("label") == "illegal_used_import" and text and "\n" not in text
                        and len(text) <= MAX_CHARS and r["id"] not in held_out):
                    offers.setdefault(r["id"], r)
    scan_input = "".join(json.dumps({"id": i, "kind": r.get("kind", "post"), "text": r["text"]},
                                    ensure_ascii=False) + "\n" for i, r in offers.items())
    scanned = subprocess.run([saring, "scan", "-", "--no-model", "--policy", policy],
                             input=scan_input, capture_output=True, text=True, check=True).stdout
    evidence = {d["id"]: d.get("evidence", []) for d in map(json.loads, scanned.splitlines())}
    written = {rewrite.element: [] for rewrite in REWRITES}
    for rid, r in offers.items():
        groups = {e["group"] for e in evidence.get(rid, [])}
        for rw in REWRITES:
            spans = merged_spans(r["text"], evidence.get(rid, []), rw.groups)
            if not spans or groups & rw.besides:
                continue
            text = rewritten(r["text"], spans, rw.choices, rid)
            if rw.still.search(text):
                continue
            kind = r.get("kind", "post")
            written[rw.element].append({
                "id": f"cf-{rw.element}-{rid}", "kind": kind, "text": text, "label": "legal",
                "category": f"counterfactual_not_{rw.element}", "elements": {rw.element: 0}})
            # ... and the same offer with the word dropped, the element kept: the trade's
            # context alone still says it ("bal Korea grade A, 3jt"); only another word denies it.
            dropped = rewritten(r["text"], spans, [], rid)
            if len(dropped.split()) < 2:
                continue
            written[rw.element].append({
                "id": f"cf-{rw.element}-unsaid-{rid}", "kind": kind,
                "text": dropped, "label": r["label"],
                "category": f"counterfactual_unsaid_{rw.element}", "elements": {rw.element: 1}})
    for element, records in written.items():
        with open(os.path.join(out_dir, f"counterfactual_{element}.jsonl"), "w",
                  encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"counterfactuals: {len(records)} rewrites for {element}", file=sys.stderr)


if __name__ == "__main__":
    main()
