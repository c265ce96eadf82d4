#!/usr/bin/env bash
# Search/list/stats latency of measures-service at 1x and 100x the sample data, side by side in one run.
#
#   bench/search-scale.sh [requests-per-query]      (default 40; env ROUNDS=2 alternations, SKIP_LOAD=1 reuses the data)
#
# Two measures-service processes run the same jar: one on database measures_x1 (the sample report once, 295
# measures), one on measures_x100 (the sample parse imported under 100 report ids = 29 500 measures, each copy
# with its own sourceHash and fiscal year 1921..2020). The parse comes from ingest-service's
# POST /api/v1/ingest/preview and is reshaped into the internal PUT /internal/v1/reports/{reportId} body
# (docs/internal-api.md). Every query is timed at 1x then 100x, alternating, ROUNDS times; each timing is one
# curl request on a warm, kept-alive-free connection (time_total), with a fresh X-Request-ID and no If-None-Match.
PG_PORT=${PG_PORT:-55450}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
N=${1:-40}
ROUNDS=${ROUNDS:-2}
P1=${X1_PORT:-28081}; P100=${X100_PORT:-28091}; PI=${INGEST_PORT:-28083}
JVM=(-Xmx256m -XX:+UseSerialGC)
need_tools curl jq psql
trap '[ "${KEEP:-0}" = 1 ] || stop_all' EXIT
say "machine: $(machine)"

start_pg measures_x1 measures_x100 ingest
M_JAR=$(snapshot_app measures-service)
start_service measures-x1 "$M_JAR" "$P1" measures_x1 "${JVM[@]}"
start_service measures-x100 "$M_JAR" "$P100" measures_x100 "${JVM[@]}"
wait_ready "$P1" >/dev/null || die "measures x1 not ready"
wait_ready "$P100" >/dev/null || die "measures x100 not ready"

if [ "${SKIP_LOAD:-0}" != 1 ] || [ ! -f "$WORK/preview.json" ]; then
  if [ ! -f "$WORK/preview.json" ]; then
    start_service ingest-service "$(snapshot_app ingest-service)" "$PI" ingest "${JVM[@]}"
    wait_ready "$PI" >/dev/null || die "ingest-service not ready"
    curl -sf -X POST -H "Authorization: Bearer $(token ingest)" -H 'Content-Type: text/plain; charset=UTF-8' \
      --data-binary @"$ROOT/data/fy2020-monozukuri-white-paper-part2.txt" \
      "http://127.0.0.1:$PI/api/v1/ingest/preview" >"$WORK/preview.json" || die "preview failed"
    stop_pid ingest-service
  fi
  TOKEN=$(token ingest)
  load() { # load <port> <i>
    local i=$1 port=$2 hash id year
    hash=$(printf 'bench-report-%d' "$i" | sha256sum | cut -c1-64)
    id=$(python3 -c "import uuid,sys; print(uuid.uuid3(uuid.NAMESPACE_OID, sys.argv[1]))" "$hash")
    year=$((2020 - i))
    jq -c --arg h "$hash" --argjson y "$year" '{sourceHash: $h, title: .report.title, fiscalYear: $y,
        lineCount: .report.lineCount, pageCount: .report.pageCount, warningCount: (.warnings | length),
        chapters: .report.chapters,
        measures: [.measures[] | del(.awardSchemeNames) + {awardSchemes: []}]}' "$WORK/preview.json" \
      | curl -sf -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
          --data-binary @- "http://127.0.0.1:$port/internal/v1/reports/$id" >/dev/null || die "import $i failed"
  }
  say "loading x1 (1 report) and x100 (100 reports)"
  t0=$(date +%s)
  load 0 "$P1"
  for i in $(seq 0 99); do load "$i" "$P100"; done
  say "loaded in $(( $(date +%s) - t0 )) s"
  for db in measures_x1 measures_x100; do psql_db "$db" -c 'ANALYZE measure; ANALYZE measure_budget; ANALYZE measure_ministry'; done
fi
for db in measures_x1 measures_x100; do
  say "$db: $(psql_db "$db" -At -c 'SELECT count(*) || '"' measures in '"' || count(DISTINCT report_id) || '"' reports'"' FROM measure')"
done

QUERIES=(
  "q=量子"
  "q=補正"
  "q=AI 開発"
  "q=半導体"
  "q=イノベーション"
  "q=量子&sort=code"
  "size=20"
  "ministry=MEXT&kind=SUBITEM&sort=-totalYen"
  "hasBudget=true&minYen=1000000000&sort=-totalYen"
  "stats?groupBy=ministry"
  "stats?groupBy=budgetType&q=開発"
)
url() { # url <port> <query as written above>: percent-encoded
  local enc
  enc=$(python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe='=&?-'))" "$2")
  case "$2" in stats*) echo "http://127.0.0.1:$1/api/v1/measures/$enc" ;; *) echo "http://127.0.0.1:$1/api/v1/measures?$enc" ;; esac
}
time_one() { # time_one <url> <outfile>: N sequential requests, ms per line
  local u=$1 out=$2 k
  for k in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "X-Request-ID: bench-$RANDOM$k" "$u"
  done | awk '{printf "%.1f\n", $1 * 1000}' >>"$out"
}
RES="$WORK/results/search-scale"; rm -rf "$RES"; mkdir -p "$RES"
# totals, for the table
for q in "${QUERIES[@]}"; do
  name=$q; path=$q
  for s in 1 100; do
    p=$([ $s = 1 ] && echo "$P1" || echo "$P100")
    curl -s "$(url "$p" "$path")" | jq -r '.totalItems // (.total.measureCount | tostring + " (measureCount)")' >"$RES/$(echo "$name" | md5sum | cut -c1-8).total$s"
    time_one "$(url "$p" "$path")" /dev/null   # warm-up
  done
done
say "load during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$ROUNDS"); do
  for q in "${QUERIES[@]}"; do
    name=$q; path=$q; key=$(echo "$name" | md5sum | cut -c1-8)
    time_one "$(url "$P1" "$path")" "$RES/$key.x1"
    time_one "$(url "$P100" "$path")" "$RES/$key.x100"
  done
done
say "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "machine: $(machine); $N requests x $ROUNDS rounds per cell, alternating x1/x100"
echo
echo "| GET /api/v1/measures… | totalItems x1 / x100 | x1 p50 | x1 p95 | x100 p50 | x100 p95 | p50 ratio |"
echo "|---|---|---|---|---|---|---|"
for q in "${QUERIES[@]}"; do
  name=$q; key=$(echo "$name" | md5sum | cut -c1-8)
  a50=$(pct "$RES/$key.x1" 50); a95=$(pct "$RES/$key.x1" 95)
  b50=$(pct "$RES/$key.x100" 50); b95=$(pct "$RES/$key.x100" 95)
  ratio=$(awk -v a="$a50" -v b="$b50" 'BEGIN {printf "%.2f", b / a}')
  echo "| \`$name\` | $(cat "$RES/$key.total1") / $(cat "$RES/$key.total100") | $a50 ms | $a95 ms | $b50 ms | $b95 ms | ×$ratio |"
done
