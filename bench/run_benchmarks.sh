#!/usr/bin/env bash
# Everything bench/RESULTS.md reports, in one run: hot-path micro-benchmarks,
# the decision alone per CPU-second, scan throughput with its baselines, the
# four detectors side by side against fastText, detection quality on shared
# data, on the dev fold rewritten by evasions, on the blind fold, on real
# legal text, and on code words left out of the pack and the training data.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
"$BUILD/bench/engine_bench" --benchmark_min_time=1 --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true
bench/scan_throughput.sh "$BUILD" 1000000
LISTINGS=$BUILD/bench-listings-200000.jsonl
[ -f "$LISTINGS" ] || python3 bench/make_listings.py 200000 "$LISTINGS"
"$BUILD/bench/decision_bench" "$LISTINGS" --benchmark_min_time=2 \
  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
bench/compare_classifiers.py "$BUILD"
bench/eval_shared.sh "$BUILD"
bench/adversarial_eval.py "$BUILD"
for fold in data/blind/oneliners.jsonl data/blind/longform.jsonl; do
  echo "== blind fold: $fold"
  "$BUILD/saring" eval "$fold" --by category
done
bench/eval_real_legal.sh "$BUILD"
bench/leave_one_term_out.py "$BUILD"
