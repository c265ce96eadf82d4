#!/usr/bin/env bash
# Start-up time and memory of each service under JVM flag sets, side by side in one run.
#
#   bench/startup.sh [runs]        (default 5; env SERVICES="measures-service awards-service ingest-service gateway")
#
# For every run, service and flag set (interleaved, so load drifts hit every variant alike) the packaged jar
# (target/quarkus-app, copied to .work/apps first) is started on port 28290 against a ready PostgreSQL
# (PG_PORT, default 55452) and timed from the fork of the java process to the first 200 of /q/health/ready;
# VmRSS of /proc/<pid>/status is read once ready and after 3 s of wrk load (-t1 -c4) on a typical GET. The
# gateway's readiness needs its services: one instance of each runs meanwhile on 28281-28283 (baseline flags).
# Flag sets:
#   base     -Xmx256m -XX:+UseSerialGC                          (./run.sh until now)
#   c1       base + -XX:TieredStopAtLevel=1                     (C1 JIT only: less compile work at start)
#   cds      base + -XX:SharedArchiveFile=<app>.jsa             (AppCDS: a dynamic archive written once by a
#                                                                training run with -XX:ArchiveClassesAtExit)
#   c1+cds   both
PG_PORT=${PG_PORT:-55452}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${1:-5}
SERVICES=(${SERVICES:-measures-service awards-service ingest-service gateway})
PORT=28290; DM=28281; DA=28282; DI=28283
BASE=(-Xmx256m -XX:+UseSerialGC)
need_tools curl wrk
trap '[ "${KEEP:-0}" = 1 ] || stop_all' EXIT
say "machine: $(machine)"
start_pg measures awards ingest
export MEASURES_URL="http://localhost:$DM" AWARDS_URL="http://localhost:$DA" INGEST_URL="http://localhost:$DI"
db_of() { case "$1" in measures-service) echo measures ;; awards-service) echo awards ;; ingest-service) echo ingest ;; *) echo "" ;; esac; }
path_of() { case "$1" in measures-service|gateway) echo "/api/v1/measures?size=20" ;; awards-service) echo "/api/v1/award-schemes" ;; ingest-service) echo "/api/v1/ingest/jobs" ;; esac; }
declare -A JAR
for s in "${SERVICES[@]}" measures-service awards-service ingest-service; do [ -n "${JAR[$s]:-}" ] || JAR[$s]=$(snapshot_app "$s" "startup-$s"); done
start_service down-measures "${JAR[measures-service]}" $DM measures "${BASE[@]}"
start_service down-awards "${JAR[awards-service]}" $DA awards "${BASE[@]}"
start_service down-ingest "${JAR[ingest-service]}" $DI ingest "${BASE[@]}"
for p in $DM $DA $DI; do wait_ready "$p" >/dev/null || die "downstream $p not ready"; done

# one training run per service writes its AppCDS archive (classes loaded up to ready and under a little load)
for s in "${SERVICES[@]}"; do
  jsa="$WORK/apps/startup-$s/app-cds-dynamic.jsa"; rm -f "$jsa"
  start_service "startup-$s" "${JAR[$s]}" $PORT "$(db_of "$s")" "${BASE[@]}" -XX:ArchiveClassesAtExit="$jsa"
  wait_ready $PORT >/dev/null || die "$s not ready (training run)"
  wrk -t1 -c4 -d3s "http://127.0.0.1:$PORT$(path_of "$s")" >/dev/null 2>&1 || true
  stop_pid "startup-$s" 180   # the archive is written at exit
  [ -f "$jsa" ] || die "no CDS archive written for $s"
done

VARIANTS=(base c1 cds c1+cds)
flags_of() { # flags_of <variant> <service>
  local jsa="$WORK/apps/startup-$2/app-cds-dynamic.jsa"
  case "$1" in
    base) echo "${BASE[*]}" ;;
    c1) echo "${BASE[*]} -XX:TieredStopAtLevel=1" ;;
    cds) echo "${BASE[*]} -XX:SharedArchiveFile=$jsa" ;;
    c1+cds) echo "${BASE[*]} -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$jsa" ;;
  esac
}
RES="$WORK/results/startup"; rm -rf "$RES"; mkdir -p "$RES"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$RUNS"); do
  for s in "${SERVICES[@]}"; do
    for v in "${VARIANTS[@]}"; do
      # shellcheck disable=SC2046
      start_service "startup-$s" "${JAR[$s]}" $PORT "$(db_of "$s")" $(flags_of "$v" "$s")
      ms=$(wait_ready $PORT 120) || die "$s ($v) not ready, see $WORK/logs/startup-$s.log"
      pid=$(pid_of "startup-$s")
      rss0=$(rss_mb "$pid")
      wrk -t1 -c4 -d3s "http://127.0.0.1:$PORT$(path_of "$s")" >/dev/null 2>&1 || true
      rss1=$(rss_mb "$pid")
      stop_pid "startup-$s"
      echo "$ms" >>"$RES/$s.$v.ms"; echo "$rss0" >>"$RES/$s.$v.rss0"; echo "$rss1" >>"$RES/$s.$v.rss1"
      say "run $r $s $v: ready ${ms} ms, RSS ${rss0} MB, after load ${rss1} MB"
    done
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "machine: $(machine); load before $LOAD_BEFORE, after $LOAD_AFTER; $RUNS runs per cell, interleaved"
echo
echo "| service | flags | ready median | ready max | RSS ready median | RSS after load median | RSS after load max |"
echo "|---|---|---|---|---|---|---|"
for s in "${SERVICES[@]}"; do
  for v in "${VARIANTS[@]}"; do
    echo "| $s | $v | $(pct "$RES/$s.$v.ms" 50) ms | $(pct "$RES/$s.$v.ms" 100) ms | $(pct "$RES/$s.$v.rss0" 50) MB | $(pct "$RES/$s.$v.rss1" 50) MB | $(pct "$RES/$s.$v.rss1" 100) MB |"
  done
done
