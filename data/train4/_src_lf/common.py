# Shared helper for hand-written long-form records (train4, long-form writer).
RECS = []

def R(kind, category, el, text):
    """Register one hand-written record. el is a 4-char string 'offer used clothing abroad'."""
    assert len(el) == 4 and set(el) <= {"0", "1"}, el
    RECS.append({
        "kind": kind,
        "category": category,
        "elements": {"offer": int(el[0]), "used": int(el[1]), "clothing": int(el[2]), "abroad": int(el[3])},
        "text": text.strip("\n"),
    })
