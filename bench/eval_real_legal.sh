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
  # Two halves by source page (SHA-1 of the URL, even: the half whose errors
  # may be read while working on the pack; odd: the half only measured).
  python3 - "$NEWS" "$BUILD/eval" <<'PY'
import hashlib, json, sys
news, out = sys.argv[1], sys.argv[2]
with open(news, encoding="utf-8") as f, open(out + "/news_read.jsonl", "w", encoding="utf-8") as read, \
        open(out + "/news_measured.jsonl", "w", encoding="utf-8") as measured:
    for line in f:
        url = json.loads(line)["source_url"]
        (read if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 0 else measured).write(line)
PY
  for half in read measured; do
    echo "== real news, opinion and guidelines, the $half half ($NEWS)"
    "$BUILD/saring" eval "$BUILD/eval/news_$half.jsonl" --by category | sed -n '2,3p;8,11p;/^category/,$p'
  done
fi
