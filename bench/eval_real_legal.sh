#!/usr/bin/env bash
# Saring on REAL text that talks about the trade, written by no one here:
# buyer reviews (always, rebuilt from ../shared/data: 200 sampled, and all
# 10,627); news, opinion and guideline passages (NEWS, default
# /work/research/real_legal/news.jsonl);
# people's own words quoted on public pages: buyers, sellers, bloggers,
# commenters (SOCIAL, default /work/research/real_social/social.jsonl, and a
# second collection from other pages, SOCIAL2, default
# /work/research/real_social2/social2.jsonl, and a third, SOCIAL3, default
# /work/research/real_social3/real_social3.jsonl, a fourth, SOCIAL4,
# default /work/research/real_social4/real_social4.jsonl, a fifth, SOCIAL5,
# default /work/research/real_social5/real_social5.jsonl, and a sixth, SOCIAL6,
# default /work/research/real_social6/real_social6.jsonl, which are only
# measured, never read). The last six are not in the repository
# (data/real_legal/README.md) and are measured when present.
# Reviews and news are all legal: every violation is a false positive; the
# social passages are labelled, a few of them offers.
# Usage: bench/eval_real_legal.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
NEWS=${NEWS:-/work/research/real_legal/news.jsonl}
SOCIAL=${SOCIAL:-/work/research/real_social/social.jsonl}
SOCIAL2=${SOCIAL2:-/work/research/real_social2/social2.jsonl}
SOCIAL3=${SOCIAL3:-/work/research/real_social3/real_social3.jsonl}
SOCIAL4=${SOCIAL4:-/work/research/real_social4/real_social4.jsonl}
SOCIAL5=${SOCIAL5:-/work/research/real_social5/real_social5.jsonl}
SOCIAL6=${SOCIAL6:-/work/research/real_social6/real_social6.jsonl}
[ -d ../shared/data ] || { echo "no ../shared/data here: nothing to evaluate" >&2; exit 0; }
mkdir -p "$BUILD/eval"
scripts/real_legal_reviews.py > "$BUILD/eval/real_reviews.jsonl"
# The counts, the confusion table and the per-category lines of `saring eval`.
evaluate() {
  "$BUILD/saring" eval "$1" --by category | sed -n '2,3p;8,11p;/^category/,$p'
}
echo "== real buyer reviews (data/real_legal/review_ids.txt)"
evaluate "$BUILD/eval/real_reviews.jsonl"
# Every real review of the shared data (scripts/real_legal_reviews.py --all): 10,627, counted
# by verdict alone, as the per-category lines would be one per product category.
scripts/real_legal_reviews.py --all > "$BUILD/eval/real_reviews_all.jsonl"
echo "== every real buyer review of ../shared/data (PRDECT-ID, Tokopedia fashion)"
"$BUILD/saring" eval "$BUILD/eval/real_reviews_all.jsonl" | sed -n '2,3p;8,11p'

# Two halves by source page (SHA-1 of the URL, even: the half whose errors
# may be read while working on the pack; odd: the half only measured).
measure_in_halves() {
  local file=$1 name=$2 title=$3
  [ -f "$file" ] || return 0
  python3 - "$file" "$BUILD/eval/$name" <<'PY'
import hashlib, json, sys
source, out = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f, open(out + "_read.jsonl", "w", encoding="utf-8") as read, \
        open(out + "_measured.jsonl", "w", encoding="utf-8") as measured:
    for line in f:
        url = json.loads(line)["source_url"]
        (read if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 0 else measured).write(line)
PY
  for half in read measured; do
    echo "== $title, the $half half ($file)"
    evaluate "$BUILD/eval/${name}_$half.jsonl"
  done
}
measure_in_halves "$NEWS" news "real news, opinion and guidelines"
measure_in_halves "$SOCIAL" social "real people's words quoted on public pages"
measure_in_halves "$SOCIAL2" social2 "more real people's words, from other pages"
# Each quote of these collections carries its page's headline in `title`, which is not the
# person's words (a tweet or a comment has none): measured as collected and without it.
measure_whole() {
  local file=$1 name=$2 title=$3
  [ -f "$file" ] || return 0
  cp "$file" "$BUILD/eval/${name}_measured.jsonl"
  echo "== $title, measured whole ($file)"
  evaluate "$BUILD/eval/${name}_measured.jsonl"
  python3 -c 'import json, sys
for line in sys.stdin:
    record = json.loads(line)
    record.pop("title", None)
    print(json.dumps(record, ensure_ascii=False))' <"$file" >"$BUILD/eval/${name}_own_words.jsonl"
  echo "== $title, the people's own words (without the page's headline)"
  evaluate "$BUILD/eval/${name}_own_words.jsonl"
}
measure_whole "$SOCIAL3" social3 "a third collection of real people's words"
measure_whole "$SOCIAL4" social4 "a fourth collection of real people's words"
measure_whole "$SOCIAL5" social5 "a fifth collection of real people's words"
measure_whole "$SOCIAL6" social6 "a sixth collection of real people's words"
