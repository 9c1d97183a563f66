# Shared helpers for building the tune4 evaluation set.
KINDS = {"L": "listing", "P": "post", "F": "profile", "C": "comment",
         "M": "message", "V": "live", "R": "review", "A": "article"}
CATS = {
    "C1": "complaint_report",
    "C2": "new_thrift_style",
    "C3": "new_import_legal",
    "C4": "preloved_local",
    "C5": "donation_swap_charity",
    "C6": "news_official_research",
    "C7": "moderation_guideline",
    "C8": "other_goods_bulk_or_used_nonclothing",
    "C9": "service_question_tutorial",
    "C10": "other_meaning",
    "I1": "used_import_offer_plain",
    "I2": "used_import_offer_evasive",
    "I3": "used_import_offer_regional",
    "I4": "used_import_wholesale_reseller",
    "I5": "used_import_promotion_review_live",
}

def rec(code, kind, cat, text, style):
    el = dict(zip(["offer", "used", "clothing", "abroad"], [int(c) for c in code]))
    label = "illegal_used_import" if code == "1111" else "legal"
    return {"kind": KINDS[kind], "text": text, "label": label,
            "category": CATS[cat], "style": style, "elements": el}

def parse_oneliners(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, kind, cat, text = line.split(" ", 3)
        out.append(rec(code, kind, cat, text.strip(), "oneliner"))
    return out

def parse_longform(block):
    out = []
    cur = None
    for line in block.strip("\n").split("\n"):
        if line.startswith("@@ "):
            if cur:
                out.append(cur)
            code, kind, cat = line[3:].split()
            cur = [code, kind, cat, []]
        elif line.strip():
            cur[3].append(line.rstrip())
    if cur:
        out.append(cur)
    return [rec(c, k, cat, "\n".join(ls), "longform") for c, k, cat, ls in out]
