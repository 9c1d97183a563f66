"""Build x64c_oneliners.jsonl from the hand-written lists in b*.py.
Each record in the source is (family, kind, category, offer, used, clothing, abroad, text).
The label is derived here, never typed."""
import json, random, importlib, pathlib, collections

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent / "x64c_oneliners.jsonl"
SEED = 6403
PREFIX = "x64c"

def load():
    recs = []
    for p in sorted(HERE.glob("b[0-9][0-9].py")):
        mod = importlib.import_module(p.stem)
        recs.extend(mod.RECS)
    return recs


import re
FAMOUS = re.compile(r"thrift|\bbal\b|balpres|bekas impor|impor bekas|cakar|monza|monja|awul", re.I)

def final_category(src, o, u, c, a, text):
    """Group the hand-given source category into a small set of analysis categories."""
    if (o, u, c, a) == (1, 1, 1, 1):
        return "twin_offer_loud" if FAMOUS.search(text) else "twin_offer_quiet"
    fails = frozenset(k for k, v in zip("ouca", (o, u, c, a)) if v == 0)
    has = lambda *ws: any(w in src for w in ws)
    if fails == {"o"}:
        if has("news", "trader"): return "hn_twin_news"
        if has("rule"): return "hn_twin_rule"
        if has("complaint", "report", "warning", "scam"): return "hn_twin_complaint_report"
        if has("buyer", "ask"): return "hn_twin_buyer_question"
        if has("stopped", "closing", "closed", "hand_over"): return "hn_twin_seller_stopped"
        if has("joke", "meme", "opinion"): return "hn_twin_joke_opinion"
        if has("swap", "gift", "giveaway"): return "hn_twin_swap_giveaway"
        if has("job"): return "hn_twin_job_vacancy"
        if has("review"): return "hn_twin_review_no_seller"
        return "hn_twin_haul_tips_no_seller"
    if fails == {"o", "a"}: return "hn_twin_noncommercial_local"
    if fails == {"o", "u"}: return "hn_twin_news_new_goods"
    if fails in ({"o", "c"}, {"o", "u", "c"}): return "hn_twin_news_not_clothing"
    if fails == {"u"}: return "hn_twin_new_goods"
    if fails == {"u", "a"}: return "hn_twin_new_local_goods"
    if fails == {"c"}: return "hn_twin_not_clothing"
    if fails == {"u", "c"}: return "hn_twin_not_clothing_new"
    if fails == {"c", "a"}: return "hn_twin_not_clothing_local"
    if fails == {"a"}:
        if has("denied", "no_abroad", "gedebage_local"): return "hn_twin_denied_import"
        if has("bazaar", "donation", "church", "uniform"): return "hn_twin_donation_bazaar"
        if has("local_buy", "local_store", "bag_local"): return "hn_twin_local_store_purchase"
        return "hn_twin_own_wardrobe"
    raise ValueError((src, fails))

def label(o, u, c, a):
    return "illegal_used_import" if (o, u, c, a) == (1, 1, 1, 1) else "legal"

def main():
    recs = load()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    # keep members of one family apart: deterministic repair passes
    for _ in range(50):
        moved = False
        for i in range(1, len(recs)):
            if recs[i][0] == recs[i - 1][0]:
                j = rng.randrange(len(recs))
                recs[i], recs[j] = recs[j], recs[i]
                moved = True
        if not moved:
            break
    fams = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(recs, 1):
            fam, kind, cat, o, u, c, a, text = r
            rid = f"{PREFIX}-{n:04d}"
            fams[rid] = [fam, cat]
            obj = {"id": rid, "kind": kind, "text": text, "label": label(o, u, c, a),
                   "category": final_category(cat, o, u, c, a, text), "style": "oneliner",
                   "elements": {"offer": o, "used": u, "clothing": c, "abroad": a}}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(HERE / "families.json", "w", encoding="utf-8") as f:
        json.dump(fams, f, ensure_ascii=False, indent=0)
    print(len(recs), "records written to", OUT.name)

if __name__ == "__main__":
    main()
