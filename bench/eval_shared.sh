#!/usr/bin/env bash
# Detection quality on the shared data (when ../shared/data is present):
#  - the labeled dev set (../shared/data/dev/labeled_dev.jsonl), per category;
#  - the ~11k real, legal marketplace titles (../shared/data/raw/listings_real.jsonl),
#    all labeled legal: every violation there is a false positive.
# Usage: bench/eval_shared.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
SHARED=../shared/data
[ -d "$SHARED" ] || { echo "no $SHARED here: nothing to evaluate" >&2; exit 0; }
REAL=$BUILD/listings_real_labeled.jsonl
python3 - "$SHARED/raw/listings_real.jsonl" "$REAL" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        r = json.loads(line)
        out.write(json.dumps({"id": r["id"], "text": r["text"], "label": "legal",
                              "category": r["source"]}, ensure_ascii=False) + "\n")
PY
echo "== dev set: $SHARED/dev/labeled_dev.jsonl"
"$BUILD/saring" eval "$SHARED/dev/labeled_dev.jsonl" --by category
echo
echo "== real legal listings: $SHARED/raw/listings_real.jsonl (all legal)"
"$BUILD/saring" eval "$REAL" --by category
