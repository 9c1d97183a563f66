#!/usr/bin/env bash
# The console's overview on a database of a million decisions: GET
# /v1/overview (regulator over every platform, one platform, weekly buckets,
# 90 days) against GET /v1/me (an authenticated request that reads one row)
# measured in the same run, then the same without migration 012's indexes;
# then, with WEB=1, the time the console takes in headless Chromium from
# signing in to the overview drawn (web/dist must be built: make web).
# Usage: bench/console_overview.sh [BUILD_DIR] [DECISIONS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
N=${2:-1000000}
ROUNDS=${3:-15}
SARING=$PWD/$BUILD/saring
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
DB=$WORK/saring.db
for p in shopa shopb shopc kemendag; do "$SARING" admin platform $p --name "$p" --db sqlite:$DB >/dev/null; done
KEY=$("$SARING" admin key --platform kemendag --role regulator --label bench --db sqlite:$DB 2>/dev/null)

# N decisions over the last 90 days on three platforms: 5% violations (each
# removed, with the elements that held), 2% for review, the rest allowed;
# a warning per ten removals, an appeal per 25 (a third reversed), 300
# notices of 10 links, 60 sweep runs.
NOW=$(($(date +%s) * 1000))
START=$((NOW - 90 * 86400000))
T0=$(date +%s.%N)
sqlite3 "$DB" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $N - 1)
INSERT INTO listings (platform_id, listing_id, version, seller_id, kind, status, verdict, score,
                      policy, decision, created_at, updated_at)
SELECT CASE i % 3 WHEN 0 THEN 'shopa' WHEN 1 THEN 'shopb' ELSE 'shopc' END, 'l' || i, 1,
       's' || (i % 50000), 'listing',
       CASE WHEN i % 100 < 5 THEN 'removed' ELSE 'active' END,
       CASE WHEN i % 100 < 5 THEN 'violation' WHEN i % 100 < 7 THEN 'review' ELSE 'allow' END,
       (i % 100) / 100.0, 'bench@1', '{}',
       $START + (i * 7776000000 / $N), $START + (i * 7776000000 / $N)
FROM n;
INSERT INTO actions (id, platform_id, kind, listing_id, seller_id, source, automated_detection,
                     automated_decision, facts, evidence, policy, content_date, status,
                     created_at, created_by, elements)
SELECT 'a' || listing_id, platform_id, 'listing_removed', listing_id, seller_id,
       CASE WHEN rowid % 20 = 0 THEN 'notice' WHEN rowid % 20 = 1 THEN 'report'
            WHEN rowid % 20 = 2 THEN 'review' ELSE 'own_initiative' END,
       CASE WHEN rowid % 20 < 3 THEN 0 ELSE 1 END, 'fully', '', '[]', 'bench@1', created_at,
       CASE WHEN rowid % 75 = 0 THEN 'reversed' ELSE 'active' END, created_at + 1000, 'bench',
       CASE rowid % 3 WHEN 0 THEN 'offer,used,abroad,clothing' WHEN 1 THEN 'offer,used,clothing'
            ELSE 'offer,bale,abroad' END
FROM listings WHERE verdict = 'violation';
INSERT INTO actions (id, platform_id, kind, listing_id, seller_id, source, automated_detection,
                     automated_decision, facts, evidence, policy, content_date, status,
                     created_at, created_by)
SELECT 'w' || listing_id, platform_id, 'account_warned', '', seller_id, 'own_initiative', 1,
       'fully', '', '[]', 'bench@1', created_at, 'active', created_at + 2000, 'bench'
FROM listings WHERE verdict = 'violation' AND (rowid / 100) % 10 = 0;
INSERT INTO appeals (id, platform_id, action_id, statement, status, created_at, decided_at)
SELECT 'p' || id, platform_id, id, 'mine',
       CASE WHEN rowid % 3 = 0 THEN 'reversed' WHEN rowid % 3 = 1 THEN 'upheld' ELSE 'pending' END,
       created_at + 3600000, CASE WHEN rowid % 3 = 2 THEN 0 ELSE created_at + 7200000 END
FROM actions WHERE kind = 'listing_removed' AND rowid % 25 = 0;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 299)
INSERT INTO notices (id, platform_id, sender, reference, legal_basis, priority, received_at, deadline_at)
SELECT 'n' || i, CASE i % 3 WHEN 0 THEN 'shopa' WHEN 1 THEN 'shopb' ELSE 'shopc' END, 'bench',
       'S-' || i, 'Permendag 40/2022', 'normal', $START + i * 25920000, $START + i * 25920000 + 86400000
FROM n;
WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 10)
INSERT INTO notice_items (notice_id, item_no, url, listing_id, status, answered_at)
SELECT id, j, 'https://x/' || id || '/' || j, '', CASE WHEN j < 8 THEN 'actioned' ELSE 'pending' END,
       CASE WHEN j < 7 THEN received_at + 3600000 WHEN j = 7 THEN deadline_at + 1 ELSE 0 END
FROM notices, k;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 59)
INSERT INTO sweep_runs (platform_id, query, at_ms, matched, violation, review, allowed, policies, actor)
SELECT CASE i % 3 WHEN 0 THEN 'shopa' WHEN 1 THEN 'shopb' ELSE 'shopc' END,
       CASE (i / 3) % 2 WHEN 0 THEN 'baju bekas' ELSE 'bal thrift' END,
       $START + i * 129600000, 100 + i, i % 7, i % 3, 90, 'bench@1', 'bench'
FROM n;
COMMIT;
ANALYZE;
SQL
T1=$(date +%s.%N)
echo "generated $N decisions in $(echo "$T1 - $T0" | bc) s: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM actions') actions, $(du -h "$DB" | cut -f1)"

serve() {
  "$SARING" serve --db sqlite:$DB --listen 127.0.0.1:$PORT --secret-file $WORK/secret \
    --audit-key-file $WORK/audit.key --web-root "$PWD/web/dist" >$WORK/serve.log 2>&1 &
  PID=$!
  for _ in $(seq 200); do curl -sf http://127.0.0.1:$PORT/healthz >/dev/null && return; sleep 0.1; done
  echo "the server did not start" >&2; cat $WORK/serve.log >&2; exit 1
}
stop() { kill $PID; wait $PID 2>/dev/null || true; PID=; }

# Median milliseconds of ROUNDS requests (after one warm-up).
median_ms() {
  curl -sf -o /dev/null -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT$1"
  for _ in $(seq $ROUNDS); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT$1"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", 1000 * a[int((NR + 1) / 2)]}'
}
measure() {
  local base; base=$(median_ms /v1/me)
  printf "%-58s %8s ms   1.00x\n" "GET /v1/me (baseline)" "$base"
  for q in "/v1/overview?utc_offset=%2B07:00" "/v1/overview?platform=shopa&utc_offset=%2B07:00" \
           "/v1/overview?bucket=week&from=$(date -u -d @$((START / 1000)) +%F)" ; do
    local ms; ms=$(median_ms "$q")
    printf "%-58s %8s ms %7.1fx\n" "GET $q" "$ms" "$(echo "$ms / $base" | bc -l)"
  done
}

serve
echo "== with migration 012's indexes (median of $ROUNDS)"
measure
curl -s -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/v1/overview?bucket=week&from=$(date -u -d @$((START / 1000)) +%F)" \
  | python3 -c 'import json,sys; o=json.load(sys.stdin); print("   90 days:", o["takedowns"]["total"], "takedowns,", sum(o["verdicts"].values()), "decisions, server time", o["generated_ms"], "ms")'
if [ "${WEB:-0}" = 1 ]; then
  SARING_URL=http://127.0.0.1:$PORT SARING_KEY=$KEY ROUNDS=$ROUNDS node bench/console_render.mjs
fi
stop
sqlite3 "$DB" "DROP INDEX actions_by_time; DROP INDEX listings_by_decision_time; ANALYZE;"
serve
echo "== without them"
measure
stop
