#!/usr/bin/env bash
# Events per second through `saring worker`: a throwaway PostgreSQL (default
# durability: fsync on, synchronous_commit on) and a single-node NATS
# JetStream server on loopback; N realistic listing events (half violations,
# 2,000 sellers, varied titles; bench/make_listings.py) are published first,
# then W workers drain them, timed from start to an empty backlog.
# Usage: bench/stream_load.sh [BUILD_DIR] [EVENTS] [WORKERS] [THREADS_PER_WORKER]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
EVENTS=${2:-20000}
WORKERS=${3:-1}
THREADS=${4:-4}
SARING=$PWD/$BUILD/saring
WORK=$(mktemp -d)
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
PGPORT=$(free_port)
as_postgres "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-k $WORK -p $PGPORT -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
DB=postgresql://postgres@127.0.0.1:$PGPORT/postgres
NATSPORT=$(free_port)
nats-server -js -a 127.0.0.1 -p "$NATSPORT" -sd "$WORK/js" >"$WORK/nats.log" 2>&1 &
PIDS+=($!)
NATS=nats://127.0.0.1:$NATSPORT
sleep 1
"$SARING" admin platform tokoku --db "$DB" >/dev/null
head -c 32 /dev/urandom >"$WORK/secret"
python3 bench/make_mix.py "$EVENTS" >"$WORK/events.jsonl"
"$SARING" publish "$WORK/events.jsonl" --platform tokoku --nats "$NATS" >/dev/null
psql_count() { as_postgres psql -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc "$1" postgres; }
START=$(date +%s.%N)
for w in $(seq "$WORKERS"); do
  "$SARING" worker --nats "$NATS" --db "$DB" --secret-file "$WORK/secret" --name "w$w" \
    --threads "$THREADS" >"$WORK/worker$w.log" 2>&1 &
  PIDS+=($!)
done
while [ "$(psql_count 'SELECT COUNT(*) FROM listings')" -lt "$EVENTS" ]; do sleep 0.2; done
END=$(date +%s.%N)
echo "workers=$WORKERS threads=$THREADS events=$EVENTS seconds=$(echo "$END - $START" | bc -l | cut -c1-6) events_per_s=$(echo "$EVENTS / ($END - $START)" | bc -l | cut -d. -f1)"
