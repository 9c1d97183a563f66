import json, os, re, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"listing","post","profile","comment","message","live","review","article"}
KEYS = ["id","kind","text","label","category","style","elements"]
ok = True
def err(m):
    global ok; ok = False; print("ERR", m)
seen_text = set(); seen_id = set()
for fname, style, lo, hi in [("x12b_oneliners.jsonl","oneliner",1,300),("x12b_longform.jsonl","longform",1001,1200)]:
    rows = [json.loads(l) for l in open(os.path.join(OUT, fname), encoding="utf-8")]
    legal = 0
    for r in rows:
        if list(r.keys()) != KEYS: err(f"{r.get('id')} keys")
        m = re.fullmatch(r"x12b-(\d{4})", r["id"])
        if not m or not lo <= int(m.group(1)) <= hi: err(f"{r['id']} id range")
        if r["id"] in seen_id: err(f"{r['id']} dup id")
        seen_id.add(r["id"])
        if r["kind"] not in KINDS: err(f"{r['id']} kind")
        if r["style"] != style: err(f"{r['id']} style")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["category"]): err(f"{r['id']} category")
        el = r["elements"]
        if list(el.keys()) != ["offer","used","clothing","abroad"] or any(v not in (0,1) for v in el.values()): err(f"{r['id']} elements")
        exp = "illegal_used_import" if all(el.values()) else "legal"
        if r["label"] != exp: err(f"{r['id']} label")
        if exp == "legal":
            legal += 1
            if r["category"].startswith("hn_") is False and r["category"] not in ("news","ordinary","plain_clothing"): pass
        t = r["text"]
        if style == "oneliner":
            if len(t) > 160 or "\n" in t: err(f"{r['id']} oneliner length/newline {len(t)}")
        else:
            n = len([l for l in t.split("\n") if l.strip()])
            if not 150 <= len(t) <= 1500 or not 2 <= n <= 15: err(f"{r['id']} longform len {len(t)} lines {n}")
        for ph in re.findall(r"(?:\+?62|0)8[\dx\- ]{6,}", t):
            if re.search(r"\d{5,}", ph.replace(" ","").replace("-","")): err(f"{r['id']} unmasked phone {ph}")
        key = re.sub(r"\s+", " ", t.lower()).strip()
        if key in seen_text: err(f"{r['id']} duplicate text")
        seen_text.add(key)
    share = legal / len(rows) if rows else 0
    print(fname, len(rows), "legal share %.3f" % share)
    if not 0.50 <= share <= 0.60: err(f"{fname} legal share {share}")
print("OK" if ok else "FAILED")
