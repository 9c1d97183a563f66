# Helper for hand-written long-form records.
# Each record: (kind, category, elements "offer used clothing abroad" as 4 chars, text)
def R(kind, category, el, text):
    return {"kind": kind, "category": category, "el": el, "text": text.strip("\n")}
