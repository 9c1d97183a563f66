#!/usr/bin/env bash
# Times `saring scan` on ~1M listings of ~300 bytes and prints records/s per
# core and MB/s, with two baselines measured in the same run on the same file:
# `wc -l` (reading the file) and the naive keyword search a regulator runs
# (`grep -ciE 'baju bekas|thrift|pakaian bekas impor'`).
# Usage: bench/scan_throughput.sh [BUILD_DIR] [RECORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
N=${2:-1000000}
SARING=$BUILD/saring
DATA=$BUILD/bench-listings-$N.jsonl
[ -f "$DATA" ] || python3 bench/make_listings.py "$N" "$DATA"
MB=$(du -m "$DATA" | cut -f1)

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

cat "$DATA" >/dev/null  # warm the page cache
t_wc=$(seconds wc -l "$DATA")
t_grep=$(seconds grep -ciE 'baju bekas|thrift|pakaian bekas impor' "$DATA")
t_rules1=$(seconds "$SARING" scan --no-model --threads 1 "$DATA" -o /dev/null)
t_scan1=$(seconds "$SARING" scan --threads 1 "$DATA" -o /dev/null)
# One 2-thread run gives both its wall time and its CPU time (user + system).
read -r t_scan2 cpu_scan2 < <({ /usr/bin/time -f '%e %U %S' "$SARING" scan --threads 2 "$DATA" \
  -o /dev/null >/dev/null; } 2>&1 | tail -1 | awk '{print $1, $2 + $3}')

printf 'file: %s (%d records, %d MB)\n' "$DATA" "$N" "$MB"
printf '%-34s %8s %14s %8s %14s\n' "run" "seconds" "records/s" "MB/s" "x grep"
row() { printf '%-34s %8.2f %14.0f %8.1f %14.2f\n' "$1" "$2" "$(echo "$N / $2" | bc -l)" "$(echo "$MB / $2" | bc -l)" "$(echo "$2 / $t_grep" | bc -l)"; }
row "wc -l (read baseline)" "$t_wc"
row "grep keywords (naive baseline)" "$t_grep"
row "saring scan --no-model --threads 1" "$t_rules1"
row "saring scan --threads 1" "$t_scan1"
row "saring scan --threads 2" "$t_scan2"
printf 'rules path: %.0f records/s single-threaded\n' "$(echo "$N / $t_rules1" | bc -l)"
printf 'rules + model: %.0f records/s single-threaded, %.0f records/s per core on 2 threads, %.0f records per CPU-second (2 threads; reader and writer included)\n' \
  "$(echo "$N / $t_scan1" | bc -l)" "$(echo "$N / $t_scan2 / 2" | bc -l)" "$(echo "$N / $cpu_scan2" | bc -l)"
