"""Tiny record helper: keeps each hand-written entry as a plain tuple-like dict."""


def R(num, kind, category, offer, used, clothing, abroad, text):
    return {
        "id": "x27b%04d" % num,
        "kind": kind,
        "category": category,
        "elements": {"offer": offer, "used": used, "clothing": clothing, "abroad": abroad},
        "text": text.strip("\n"),
    }
