"""Print the count tables used in README.md."""
import json, collections, os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x53c_oneliners.jsonl")
R = [json.loads(l) for l in open(P, encoding="utf-8")]
def tab(c, h):
    print(f"| {h} | n |\n|---|---|")
    for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {k} | {v} |")
    print()
tab(collections.Counter(r['label'] for r in R), 'label')
tab(collections.Counter(r['kind'] for r in R), 'kind')
tab(collections.Counter(r['category'] for r in R), 'category')
tab(collections.Counter(''.join(str(r['elements'][k]) for k in ['offer', 'used', 'clothing', 'abroad'])
                        for r in R if r['label'] == 'legal'), 'legal pattern (offer used clothing abroad)')
