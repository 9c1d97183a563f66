#!/usr/bin/env bash
# Load test of `saring serve` on loopback with wrk: the single-listing check
# (decide + store + enforce + audit in one transaction, SQLite WAL) on the
# realistic mix, against GET /healthz (no work, no auth) measured in the
# same run as the baseline.
# Usage: bench/api_load.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
# BACKEND=postgres runs the server on a throwaway PostgreSQL (initdb/pg_ctl in
# a temp dir, as the postgres user when root) instead of SQLite.
# SERVE_FLAGS replaces the server's extra flags (default: no rate limits, since
# wrk is one client at one address; SERVE_FLAGS= for a binary without them).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
SECS=${2:-15}
CONNS=${3:-16}
SARING=$PWD/$BUILD/saring
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null
  wait 2>/dev/null
  [ -n "${PGPORT:-}" ] && as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
DB=sqlite:$WORK/saring.db
if [ "${BACKEND:-sqlite}" = postgres ]; then
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
  PGPORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  as_postgres "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
    -o "-k $WORK -p $PGPORT -c listen_addresses=127.0.0.1" start >/dev/null
  DB=postgresql://postgres@127.0.0.1:$PGPORT/postgres
fi
"$SARING" admin platform tokoku --db "$DB" >/dev/null
KEY=$("$SARING" admin key --platform tokoku --role platform --db "$DB" 2>/dev/null)
"$SARING" serve --db "$DB" --listen "127.0.0.1:$PORT" --secret-file "$WORK/secret" ${SERVE_FLAGS---rate-per-key 0 --rate-per-ip 0 --audit-key-file $WORK/audit.key} >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

# The realistic mix (the default): varied titles, about half of them
# violations, 2,000 sellers (bench/make_mix.py). MIX=single posts one
# allowed title, as this benchmark did before.
if [ "${MIX:-realistic}" = single ]; then
  echo 'bodies = {{[==["Kaos polos cotton combed 30s hitam XL original"]==], [==["Bahan adem, jahitan rapi, ready stock."]==], [==["s1"]==]}}' >"$WORK/bodies.lua"
else
  python3 bench/make_mix.py 4000 2000 | python3 -c '
import json, sys
q = lambda s: "[==[" + json.dumps(s, ensure_ascii=True) + "]==]"  # a JSON literal, raw in Lua
print("bodies = {")
for line in sys.stdin:
    r = json.loads(line)
    print("{%s, %s, %s}," % (q(r["title"]), q(r["description"]), q(r["seller_id"])))
print("}")' >"$WORK/bodies.lua"
fi
cat >"$WORK/check.lua" <<LUA
dofile("$WORK/bodies.lua")
counter = 0
request = function()
  counter = counter + 1
  local b = bodies[math.random(1, #bodies)]
  local body = '{"id":"w' .. counter .. '-' .. math.random(1, 1000000000) .. '",' ..
    '"title":' .. b[1] .. ',"description":' .. b[2] .. ',"seller_id":' .. b[3] .. '}'
  return wrk.format("POST", "/v1/listings", {["Authorization"] = "Bearer $KEY",
                    ["Content-Type"] = "application/json"}, body)
end
LUA
run() {  # name, wrk args...
  local name=$1; shift
  local out; out=$(wrk -t2 -c"$CONNS" -d"${SECS}s" --latency "$@")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5} /Socket errors/ {print $0}' | tr '\n' ' ')
  printf '%-34s %10s req/s  p50 %8s  p99 %8s  errors: %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-none}"
  echo "$rps" >"$WORK/$name.rps"
}
echo "wrk -t2 -c$CONNS -d${SECS}s on 127.0.0.1 (2 cores shared by wrk and the server); store: ${BACKEND:-sqlite}; mix: ${MIX:-realistic}"
run healthz "http://127.0.0.1:$PORT/healthz"
run check -s "$WORK/check.lua" "http://127.0.0.1:$PORT"
printf 'check / healthz throughput: %.2f\n' "$(echo "$(cat "$WORK/check.rps") / $(cat "$WORK/healthz.rps")" | bc -l)"
"$SARING" audit verify --db "$DB"
if [ "${BACKEND:-sqlite}" = postgres ]; then
  share=$(as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc \
    "SELECT ROUND(AVG((verdict = 'violation')::int), 2) FROM listings" postgres)
else
  share=$(sqlite3 "${DB#sqlite:}" "SELECT ROUND(AVG(verdict = 'violation'), 2) FROM listings")
fi
echo "share of checks that were violations: $share"
