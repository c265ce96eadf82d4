#!/usr/bin/env bash
# Start-up time and memory of each service under sets of JVM options and settings, side by side in one run.
#
#   bench/startup.sh [runs]        (default 5; env SERVICES, VARIANTS, REQUESTS, PG_PORT)
#
#   SERVICES  default "measures-service awards-service ingest-service gateway"
#   VARIANTS  default "before run.sh": which sets to compare (names below), each started `runs` times per service,
#             interleaved (run 1 of every service and set, then run 2, …) so that load drifts hit every set alike
#   REQUESTS  default 1000: requests sent once ready (wrk -t1 -c4, stopped after that many answers or 5 s)
#   STARTUP_PORT (28290), MEASURES_PORT AWARDS_PORT INGEST_PORT (28281-28283, the downstream instances)
#
# Each start: the packaged application (target/quarkus-app, copied with its times to .work/apps first) is run as
# ./run.sh runs it — `java <options> -jar quarkus-run.jar` in the application's directory — on port 28290 against
# a ready PostgreSQL (embedded, PG_PORT default 55452; the databases hold the sample report, ingested once); time to
# ready = ms from the fork of java to the first 200 of /q/health/ready; RSS (VmRSS of /proc/<pid>/status) when
# ready and after REQUESTS requests of a typical read. The gateway's readiness needs its services: one instance of
# each runs meanwhile on 28281-28283 with the options of ./run.sh. The tables print medians and maxima.
#
# Variants (every one but "before" and "run.sh" is "before" plus one change, to attribute each gain):
#   before      -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1           (./run.sh before this change)
#   run.sh      what ./run.sh uses now: `./run.sh java-opts <service>` (with the AppCDS archive when built)
#   c2          before without -XX:TieredStopAtLevel=1 (C1 and C2, the JVM's default)
#   c1          run.sh's options with -XX:TieredStopAtLevel=1 (C1 only: ./run.sh until C2 was taken for throughput)
#   qcds        + -XX:SharedArchiveFile=app-cds.jsa, the archive Quarkus writes at package time
#               (quarkus.package.jar.appcds.enabled: classes loaded up to the start of the application only)
#   dcds        + an archive of a training run (-XX:ArchiveClassesAtExit after ready and REQUESTS requests)
#   trained     run.sh's options with the archive of a training run (as dcds) instead of the build's archive
#   xms         + -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 (a heap that starts small and stays lean)
#   xmx128      -Xmx128m instead of -Xmx256m
#   threads     + -Xss512k -XX:CICompilerCount=1 (smaller thread stacks, one JIT compiler thread)
#   code        + -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m
#   noval       + -Dquarkus.hibernate-orm.schema-management.strategy=none (Hibernate does not read the
#               database's metadata to validate the schema at start; Flyway owns the schema)
#   noflyval    + -Dquarkus.flyway.validate-on-migrate=false
#   novercheck  + -Dquarkus.hibernate-orm.database.version-check.enabled=false
#   jdk25       run.sh's options (without the JDK 17 archive) on JDK 25 (JDK25, default the newest
#               /usr/lib/jvm/*25*): the same jars, built for Java 17
#   aot25       jdk25 + -XX:AOTCache=app.aot, the AOT cache (JEP 483/514) of a training run (-XX:AOTCacheOutput, up to
#               ready and REQUESTS requests): classes loaded and linked ahead of time, method profiles
PG_PORT=${PG_PORT:-55452}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${1:-5}
SERVICES=(${SERVICES:-measures-service awards-service ingest-service gateway})
VARIANTS=(${VARIANTS:-before run.sh})
REQUESTS=${REQUESTS:-1000}
PORT=${STARTUP_PORT:-28290}; DM=${MEASURES_PORT:-28281}; DA=${AWARDS_PORT:-28282}; DI=${INGEST_PORT:-28283}
BEFORE=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | sort | tail -n 1)}
OPTS25="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
need_tools curl wrk
set -E
trap 'say "failed at line $LINENO: $BASH_COMMAND"' ERR
trap '[ "${KEEP:-0}" = 1 ] || stop_all' EXIT
trap 'exit 130' INT TERM
say "machine: $(machine)"
start_pg measures awards ingest
export MEASURES_URL="http://localhost:$DM" AWARDS_URL="http://localhost:$DA" INGEST_URL="http://localhost:$DI"
run_sh_opts() { "$ROOT/run.sh" java-opts "$1" 2>/dev/null || echo "${BEFORE[*]}"; }
db_of() { case "$1" in measures-service) echo measures ;; awards-service) echo awards ;; ingest-service) echo ingest ;; *) echo "" ;; esac; }
path_of() {
  case "$1" in
    measures-service|gateway) echo "/api/v1/measures?size=20" ;; awards-service) echo "/api/v1/award-schemes" ;;
    ingest-service) echo "/api/v1/ingest/jobs" ;;
  esac
}
# the requests after ready: REQUESTS answers on 4 connections, then wrk stops
cat >"$WORK/requests.lua" <<'EOF'
limit, seen = 1000, 0
function init(args) limit = tonumber(args[1]) or limit end
function response(status) seen = seen + 1; if seen >= limit then wrk.thread:stop() end end
EOF
load() { wrk -t1 -c4 -d5s --timeout 5s -s "$WORK/requests.lua" "http://127.0.0.1:$1$2" -- "$REQUESTS" >/dev/null 2>&1 || true; }

declare -A JAR
for s in "${SERVICES[@]}" measures-service awards-service ingest-service; do [ -n "${JAR[$s]:-}" ] || JAR[$s]=$(snapshot_app "$s" "startup-$s"); done
# shellcheck disable=SC2046
start_service down-measures "${JAR[measures-service]}" $DM measures $(run_sh_opts measures-service)
# shellcheck disable=SC2046
start_service down-awards "${JAR[awards-service]}" $DA awards $(run_sh_opts awards-service)
# shellcheck disable=SC2046
start_service down-ingest "${JAR[ingest-service]}" $DI ingest $(run_sh_opts ingest-service)
for p in $DM $DA $DI; do wait_ready "$p" 300 >/dev/null || die "downstream $p not ready (logs in $WORK/logs)"; done
if [ "$(curl -s "http://127.0.0.1:$DM/api/v1/measures?size=1" | jq .totalItems)" = 0 ]; then
  say "ingesting the sample report (data for the reads)"
  java "$ROOT/tools/DevTool.java" ingest "http://127.0.0.1:$DI" "$ROOT/data/fy2020-monozukuri-white-paper-part2.txt" \
    "$(token ingest)" >/dev/null || die "sample ingest failed"
fi

flags_of() { # flags_of <variant> <service>
  case "$1" in
    before) echo "${BEFORE[*]}" ;;
    run.sh) run_sh_opts "$2" ;;
    c2) echo "-Xmx256m -XX:+UseSerialGC" ;;
    c1) echo "$(run_sh_opts "$2") -XX:TieredStopAtLevel=1" ;;
    qcds) [ -f "$WORK/apps/startup-$2/app-cds.jsa" ] || die "qcds: no app-cds.jsa in $2 (package with -Dquarkus.package.jar.appcds.enabled=true)"
      echo "${BEFORE[*]} -XX:SharedArchiveFile=app-cds.jsa" ;;
    dcds) echo "${BEFORE[*]} -XX:SharedArchiveFile=training.jsa" ;;
    trained) echo "$(run_sh_opts "$2" | sed 's/ *-XX:SharedArchiveFile=[^ ]*//') -XX:SharedArchiveFile=trained.jsa" ;;
    xms) echo "${BEFORE[*]} -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30" ;;
    xmx128) echo "-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
    threads) echo "${BEFORE[*]} -Xss512k -XX:CICompilerCount=1" ;;
    code) echo "${BEFORE[*]} -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m" ;;
    noval) echo "${BEFORE[*]} -Dquarkus.hibernate-orm.schema-management.strategy=none" ;;
    noflyval) echo "${BEFORE[*]} -Dquarkus.flyway.validate-on-migrate=false" ;;
    novercheck) echo "${BEFORE[*]} -Dquarkus.hibernate-orm.database.version-check.enabled=false" ;;
    jdk25) [ -x "$JDK25/bin/java" ] || die "jdk25: no JDK 25 (set JDK25)"; echo "@java=$JDK25/bin/java $OPTS25" ;;
    aot25) [ -x "$JDK25/bin/java" ] || die "aot25: no JDK 25 (set JDK25)"; echo "@java=$JDK25/bin/java $OPTS25 -XX:AOTCache=app.aot" ;;
    *) die "unknown variant $1" ;;
  esac
}
for v in "${VARIANTS[@]}"; do flags_of "$v" "${SERVICES[0]}" >/dev/null; done

# a training run per service writes the archive of dcds (classes loaded up to ready and under REQUESTS requests)
if [[ " ${VARIANTS[*]} " == *" dcds "* ]]; then
  for s in "${SERVICES[@]}"; do
    rm -f "$WORK/apps/startup-$s/training.jsa"
    start_service "startup-$s" "${JAR[$s]}" $PORT "$(db_of "$s")" "${BEFORE[@]}" -XX:ArchiveClassesAtExit=training.jsa
    wait_ready $PORT 300 >/dev/null || die "$s not ready (training run)"
    load $PORT "$(path_of "$s")"
    stop_pid "startup-$s" 180   # the archive is written at exit
    [ -f "$WORK/apps/startup-$s/training.jsa" ] || die "no CDS archive written for $s"
  done
fi

# the same for trained, with run.sh's options (without the build's archive: a dynamic archive cannot sit on another)
if [[ " ${VARIANTS[*]} " == *" trained "* ]]; then
  for s in "${SERVICES[@]}"; do
    rm -f "$WORK/apps/startup-$s/trained.jsa"
    # shellcheck disable=SC2046
    start_service "startup-$s" "${JAR[$s]}" $PORT "$(db_of "$s")" $(run_sh_opts "$s" | sed 's/ *-XX:SharedArchiveFile=[^ ]*//') \
      -XX:ArchiveClassesAtExit=trained.jsa
    wait_ready $PORT 300 >/dev/null || die "$s not ready (training run)"
    load $PORT "$(path_of "$s")"
    stop_pid "startup-$s" 180   # the archive is written at exit
    [ -f "$WORK/apps/startup-$s/trained.jsa" ] || die "no CDS archive written for $s"
  done
fi

# the same for aot25: a training run on JDK 25 writes the AOT cache when it exits
if [[ " ${VARIANTS[*]} " == *" aot25 "* ]]; then
  for s in "${SERVICES[@]}"; do
    rm -f "$WORK/apps/startup-$s/app.aot"
    # shellcheck disable=SC2086
    start_service "startup-$s" "${JAR[$s]}" $PORT "$(db_of "$s")" "@java=$JDK25/bin/java" $OPTS25 -XX:AOTCacheOutput=app.aot
    wait_ready $PORT 300 >/dev/null || die "$s not ready (AOT training run)"
    load $PORT "$(path_of "$s")"
    stop_pid "startup-$s" 300   # the cache is assembled at exit
    [ -f "$WORK/apps/startup-$s/app.aot" ] || die "no AOT cache written for $s (see $WORK/logs/startup-$s.log)"
  done
fi

RES="$WORK/results/startup"; rm -rf "$RES"; mkdir -p "$RES"
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
for r in $(seq 1 "$RUNS"); do
  for s in "${SERVICES[@]}"; do
    for v in "${VARIANTS[@]}"; do
      # shellcheck disable=SC2046
      start_service "startup-$s" "${JAR[$s]}" $PORT "$(db_of "$s")" $(flags_of "$v" "$s")
      ms=$(wait_ready $PORT 300) || die "$s ($v) not ready, see $WORK/logs/startup-$s.log"
      pid=$(pid_of "startup-$s")
      rss0=$(rss_mb "$pid")
      load $PORT "$(path_of "$s")"
      rss1=$(rss_mb "$pid")
      # an archive the JVM cannot use is silently ignored: check that it is mapped
      if [[ "$(flags_of "$v" "$s")" == *SharedArchiveFile=* ]] && ! grep -q "$WORK/apps/startup-$s/.*\.jsa$" "/proc/$pid/maps"; then
        die "$s ($v): the AppCDS archive is not in use (made by another JDK, or for other jars?)"
      fi
      if [[ "$(flags_of "$v" "$s")" == *AOTCache=* ]] && ! grep -q "$WORK/apps/startup-$s/app\.aot$" "/proc/$pid/maps"; then
        die "$s ($v): the AOT cache is not in use (see $WORK/logs/startup-$s.log)"
      fi
      stop_pid "startup-$s"
      echo "$ms" >>"$RES/$s.$v.ms"; echo "$rss0" >>"$RES/$s.$v.rss0"; echo "$rss1" >>"$RES/$s.$v.rss1"
      say "run $r $s $v: ready ${ms} ms, RSS ${rss0} MB, after $REQUESTS requests ${rss1} MB"
    done
  done
done
LOAD_AFTER=$(uptime | sed 's/.*load average: //')
echo
echo "machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1);"
echo "load average before $LOAD_BEFORE, after $LOAD_AFTER; $RUNS runs per cell, interleaved; RSS after $REQUESTS requests"
echo
echo "| service | variant | ready median | ready max | RSS ready median | RSS after requests median | RSS after requests max | ready vs before | RSS after vs before |"
echo "|---|---|---|---|---|---|---|---|---|"
for s in "${SERVICES[@]}"; do
  base_ms=""; base_rss=""
  [ -f "$RES/$s.before.ms" ] && { base_ms=$(pct "$RES/$s.before.ms" 50); base_rss=$(pct "$RES/$s.before.rss1" 50); }
  for v in "${VARIANTS[@]}"; do
    m=$(pct "$RES/$s.$v.ms" 50); r1=$(pct "$RES/$s.$v.rss1" 50); dm="—"; dr="—"
    if [ -n "$base_ms" ] && [ "$v" != before ]; then
      dm=$(awk -v a="$base_ms" -v b="$m" 'BEGIN {printf "%+.0f %%", (b / a - 1) * 100}')
      dr=$(awk -v a="$base_rss" -v b="$r1" 'BEGIN {printf "%+d MB", b - a}')
    fi
    echo "| $s | $v | $m ms | $(pct "$RES/$s.$v.ms" 100) ms | $(pct "$RES/$s.$v.rss0" 50) MB | $r1 MB | $(pct "$RES/$s.$v.rss1" 100) MB | $dm | $dr |"
  done
done
echo
echo "flags: $(for v in "${VARIANTS[@]}"; do printf '%s = `%s`; ' "$v" "$(flags_of "$v" "${SERVICES[0]}")"; done)"
