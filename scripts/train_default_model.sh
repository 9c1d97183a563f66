#!/usr/bin/env bash
# Rebuilds models/default.bin and the elements' scorers models/default.<element>.bin
# from the training data, deterministically:
#  - the train fold of ../shared/data/dev/labeled_dev.jsonl (everything not in
#    data/splits/dev_fold_ids.txt), with 10 evasive variants of each positive
#    (saring train --augment);
#  - data/train/*.jsonl (written for Saring, with element labels; see data/train/README.md);
#  - more negatives: the half of ../shared/data/raw/listings_real.jsonl not in
#    data/splits/real_heldout_ids.txt (all legal; for `offer`, all offers: they are listings).
# Never data/blind/ (the blind evaluation fold) or data/real_legal/.
# The dev set carries no element labels; its categories give them where they
# are plain (scripts/dev_element_labels.py).
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
                              "category": "real_" + r["source"], "elements": {"offer": 1}},
                             ensure_ascii=False) + "\n")
PY
python3 scripts/dev_element_labels.py "$SHARED/dev/labeled_dev.jsonl" > "$BUILD/train/dev_elements.jsonl"
cat data/splits/dev_fold_ids.txt data/splits/real_heldout_ids.txt > "$BUILD/train/held_out_ids.txt"
DATA=(--data "$BUILD/train/dev_elements.jsonl" --data data/train/oneliners.jsonl
      --data data/train/longform.jsonl)
"$BUILD/saring" train "${DATA[@]}" --data "$BUILD/train/real_labeled.jsonl" \
  --exclude-ids "$BUILD/train/held_out_ids.txt" --augment 10 -o "$OUT"
for element in offer used clothing abroad; do
  real=()
  [ "$element" = offer ] && real=(--data "$BUILD/train/real_labeled.jsonl")
  "$BUILD/saring" train "${DATA[@]}" "${real[@]}" --element "$element" \
    --exclude-ids "$BUILD/train/held_out_ids.txt" --augment 3 -o "${OUT%.bin}.$element.bin"
done
