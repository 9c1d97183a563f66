"""Build x51a_oneliners.jsonl from the hand-written families in _src/batch*.py."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "x51a_oneliners.jsonl")
SEED = 5101
PREFIX = "x51a"


def load_families():
    fams = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for i, fam in enumerate(mod.FAMILIES):
            fams.append((f"{os.path.basename(path)[:-3]}_f{i+1:02d}", fam))
    return fams


def main():
    records = []
    for fam_id, fam in load_families():
        for idx, (kind, category, o, u, c, a, text) in enumerate(fam):
            el = {"offer": o, "used": u, "clothing": c, "abroad": a}
            label = "illegal_used_import" if all(v == 1 for v in el.values()) else "legal"
            records.append({"_family": fam_id, "_member": idx, "kind": kind, "text": text, "label": label,
                            "category": category, "style": "oneliner", "elements": el})
    rng = random.Random(SEED)
    rng.shuffle(records)
    # keep family members apart: if two members end up adjacent, swap forward
    for _ in range(5):
        changed = False
        for i in range(1, len(records)):
            if records[i]["_family"] == records[i - 1]["_family"] or (i + 1 < len(records) and records[i]["_family"] == records[i + 1]["_family"]):
                j = (i + 7) % len(records)
                records[i], records[j] = records[j], records[i]
                changed = True
        if not changed:
            break
    fam_map = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(records, 1):
            rid = f"{PREFIX}{n:04d}"
            fam_map[rid] = [r["_family"], r["_member"]]
            rec = {"id": rid, "kind": r["kind"], "text": r["text"], "label": r["label"],
                   "category": r["category"], "style": r["style"], "elements": r["elements"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "families.json"), "w", encoding="utf-8") as f:
        json.dump(fam_map, f, ensure_ascii=False, indent=0)
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
