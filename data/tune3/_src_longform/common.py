from textwrap import dedent

def R(kind, cat, el, text):
    """el: 4-char string of 0/1 for offer, used, clothing, abroad."""
    t = dedent(text).strip("\n")
    lines = [ln.rstrip() for ln in t.split("\n")]
    lines = [ln.strip() for ln in lines]
    # drop empty lines, keep order
    lines = [ln for ln in lines if ln]
    return {"kind": kind, "category": cat, "el": el, "text": "\n".join(lines)}
