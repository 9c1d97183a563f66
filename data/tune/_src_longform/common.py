"""Shared helpers for the hand-written long-form evaluation texts.

Each batch file defines RECORDS = [R(...), R(...), ...].
R(category, kind, text, el=None): `el` overrides the category's default
element labels as a 4-character string "ouca" (offer, used, clothing, abroad),
e.g. el="0111".
"""

ILLEGAL_CATS = [
    "marketplace_listing", "social_caption", "wa_broadcast", "live_announcement",
    "seller_bio", "comment_thread", "buyer_review", "buried_offer",
    "wholesale_supplier", "creator_haul",
]

LEGAL_CATS = [
    "new_thrift_style", "new_import_clothing", "own_preloved", "used_nonclothing",
    "other_goods_bulk", "report_complaint", "news_opinion", "moderation_guideline",
    "quiz_tutorial", "donation_school", "tailoring_upcycle", "other_meaning",
]

# default element labels per category: offer, used, clothing, abroad
DEFAULT_EL = {c: "1111" for c in ILLEGAL_CATS}
DEFAULT_EL.update({
    "new_thrift_style": "1010",
    "new_import_clothing": "1011",
    "own_preloved": "1110",
    "used_nonclothing": "1100",
    "other_goods_bulk": "1000",
    "report_complaint": "0111",
    "news_opinion": "0111",
    "moderation_guideline": "0111",
    "quiz_tutorial": "0111",
    "donation_school": "1110",
    "tailoring_upcycle": "1110",
    "other_meaning": "1000",
})

KINDS = {"listing", "post", "profile", "comment", "message", "live", "review", "article"}


def clean(text):
    lines = [ln.strip() for ln in text.strip("\n").split("\n")]
    lines = [ln for ln in lines if ln]
    return "\n".join(lines)


def R(category, kind, text, el=None):
    assert category in DEFAULT_EL, category
    assert kind in KINDS, kind
    code = el or DEFAULT_EL[category]
    assert len(code) == 4 and set(code) <= {"0", "1"}, code
    elements = {
        "offer": int(code[0]),
        "used": int(code[1]),
        "clothing": int(code[2]),
        "abroad": int(code[3]),
    }
    label = "illegal_used_import" if category in ILLEGAL_CATS else "legal"
    return {
        "kind": kind,
        "text": clean(text),
        "label": label,
        "category": category,
        "style": "longform",
        "elements": elements,
    }
