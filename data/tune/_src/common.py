"""Shared helpers for the hand-written one-liner evaluation set (t2).

Each source module defines ROWS: a list of dicts built with `r()`.
A row = (kind code, text, optional element override "oucA").
Element string order: offer, used, clothing, abroad (each '0' or '1').
"""

KINDS = {
    "L": "listing", "P": "post", "F": "profile", "C": "comment",
    "M": "message", "V": "live", "R": "review", "A": "article",
}

ELEMENT_KEYS = ("offer", "used", "clothing", "abroad")


def block(category, label, default_elements, rows):
    """Expand compact tuples into row dicts for one category."""
    out = []
    for t in rows:
        if len(t) == 2:
            k, text = t
            el = default_elements
        else:
            k, text, el = t
        assert k in KINDS, (k, text)
        assert len(el) == 4 and set(el) <= {"0", "1"}, (el, text)
        out.append({
            "kind": KINDS[k],
            "text": text,
            "label": label,
            "category": category,
            "style": "oneliner",
            "elements": {key: int(v) for key, v in zip(ELEMENT_KEYS, el)},
        })
    return out


ILL = "illegal_used_import"
LEG = "legal"
