#!/usr/bin/env bash
# Everything bench/RESULTS.md reports, in one run: hot-path micro-benchmarks,
# scan throughput with its baselines, and detection quality on shared data.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
"$BUILD/bench/engine_bench" --benchmark_min_time=1 --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true
bench/scan_throughput.sh "$BUILD" 1000000
bench/eval_shared.sh "$BUILD"
