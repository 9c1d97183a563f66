#!/usr/bin/env bash
# The measured comparison behind the choice of the service's HTTP front
# (bench/http_fronts/README.md): cpp-httplib (the front before issue #11,
# OLD_SARING), Boost.Beast (the front now, NEW_SARING) and libmicrohttpd
# (mhd_healthz.c), each serving GET /healthz on loopback:
#   throughput   wrk -t2 -c16 -d${SECS}s
#   slowloris    64 connections sending a header line every 0.3 s (slowloris.py)
#   burst        2000 clients connecting at once (burst.py)
# Usage: OLD_SARING=... NEW_SARING=... bench/http_fronts/compare.sh [SECS]
set -euo pipefail
cd "$(dirname "$0")"
SECS=${1:-10}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
gcc -O2 -o "$WORK/mhd_healthz" mhd_healthz.c -lmicrohttpd
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
measure() {  # name, port
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$2/healthz" >/dev/null && break; sleep 0.1; done
  local rps
  rps=$(wrk -t2 -c16 -d"${SECS}s" "http://127.0.0.1:$2/healthz" | awk '/Requests\/sec/ {print $2}')
  printf '%-14s healthz %10s req/s\n' "$1" "$rps"
  printf '%-14s ' "$1"; python3 slowloris.py "$2" 64 6 0.3 2>/dev/null
  printf '%-14s ' "$1"; python3 burst.py "$2" 2000
}
serve() {  # binary, port, extra flags
  "$1" serve --db "sqlite:$WORK/$2.db" --secret-file "$WORK/secret" --no-model \
    --listen "127.0.0.1:$2" "${@:3}" >"$WORK/$2.log" 2>&1 &
}
echo "$(date -u +%F) on $(nproc) cores; wrk, the probes and the server share them"
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }
P=$(free_port); serve "$OLD_SARING" "$P"; PID=$!; measure cpp-httplib "$P"; stop $PID
# Both new candidates with a 3 s limit on a slow client: Beast's is a deadline
# for the whole header, MHD's a timeout of inactivity.
P=$(free_port); serve "$NEW_SARING" "$P" --rate-per-ip 0 --header-timeout-ms 3000 \
  --audit-key-file "$WORK/audit.key"; PID=$!
measure beast "$P"; stop $PID
P=$(free_port); "$WORK/mhd_healthz" "$P" 3 2>/dev/null & PID=$!; measure libmicrohttpd "$P"; stop $PID
