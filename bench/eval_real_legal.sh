#!/usr/bin/env bash
# False positives on REAL legal text that talks about the trade: buyer reviews
# (always, rebuilt from ../shared/data) and news/opinion/guideline passages
# (when NEWS, default /work/research/real_legal/news.jsonl, is present; they
# are not in the repository, see data/real_legal/README.md). Everything is
# legal: every violation is a false positive.
# Usage: bench/eval_real_legal.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
NEWS=${NEWS:-/work/research/real_legal/news.jsonl}
[ -d ../shared/data ] || { echo "no ../shared/data here: nothing to evaluate" >&2; exit 0; }
mkdir -p "$BUILD/eval"
scripts/real_legal_reviews.py > "$BUILD/eval/real_reviews.jsonl"
echo "== real buyer reviews (data/real_legal/review_ids.txt)"
"$BUILD/saring" eval "$BUILD/eval/real_reviews.jsonl" --by category | sed -n '2,3p;8,11p;/^category/,$p'
if [ -f "$NEWS" ]; then
  echo "== real news, opinion and guidelines ($NEWS)"
  "$BUILD/saring" eval "$NEWS" --by category | sed -n '2,3p;8,11p;/^category/,$p'
fi
