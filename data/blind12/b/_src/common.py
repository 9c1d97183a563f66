def r(kind, cat, o, u, c, a, text):
    return {"kind": kind, "category": cat, "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}, "text": text.strip("\n")}
