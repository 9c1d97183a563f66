#!/usr/bin/env bash
# Rebuilds models/default.bin from the shared data, deterministically:
#  - positives and negatives: the train fold of ../shared/data/dev/labeled_dev.jsonl
#    (everything not in data/splits/dev_fold_ids.txt), with 10 evasive variants
#    of each positive (saring train --augment);
#  - more negatives: the half of ../shared/data/raw/listings_real.jsonl not in
#    data/splits/real_heldout_ids.txt (all legal).
# Usage: scripts/train_default_model.sh [BUILD_DIR] [OUTPUT]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
OUT=${2:-models/default.bin}
SHARED=../shared/data
mkdir -p "$BUILD/train" "$(dirname "$OUT")"
python3 - "$SHARED/raw/listings_real.jsonl" "$BUILD/train/real_labeled.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        r = json.loads(line)
        out.write(json.dumps({"id": r["id"], "text": r["text"], "label": "legal",
                              "category": "real_" + r["source"]}, ensure_ascii=False) + "\n")
PY
cat data/splits/dev_fold_ids.txt data/splits/real_heldout_ids.txt > "$BUILD/train/held_out_ids.txt"
"$BUILD/saring" train --data "$SHARED/dev/labeled_dev.jsonl" --data "$BUILD/train/real_labeled.jsonl" \
  --exclude-ids "$BUILD/train/held_out_ids.txt" --augment 10 -o "$OUT"
