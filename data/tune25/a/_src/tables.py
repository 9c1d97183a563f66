"""Print the count tables used in README.md."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
r = [json.loads(l) for l in open(os.path.join(HERE, "..", "x46a_oneliners.jsonl"), encoding="utf-8")]
C = collections.Counter
print("| label | n |\n|---|---|")
for k, v in C(x["label"] for x in r).most_common(): print(f"| {k} | {v} |")
print("\n| kind | illegal | legal |\n|---|---|---|")
for k in ["live", "comment", "message", "post"]:
    print(f"| {k} | {sum(1 for x in r if x['kind']==k and x['label']!='legal')} | {sum(1 for x in r if x['kind']==k and x['label']=='legal')} |")
print("\n| offer used clothing abroad | legal records |\n|---|---|")
for k, v in C(tuple(x["elements"].values()) for x in r if x["label"] == "legal").most_common():
    print("| " + " ".join(map(str, k)) + f" | {v} |")
print("\n| category | label | n |\n|---|---|---|")
for (c, l), v in sorted(C((x["category"], x["label"]) for x in r).items(), key=lambda z: (z[0][1], -z[1], z[0][0])):
    print(f"| {c} | {l} | {v} |")
