# Helper: one record as a dict. Texts are written by hand in the batch files.
def R(fam, kind, category, offer, used, clothing, abroad, text):
    return {
        "fam": fam,
        "kind": kind,
        "category": category,
        "elements": {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad},
        "text": text.strip("\n"),
    }
