#!/usr/bin/env bash
# What the gateway adds to a direct call: the same GETs with wrk, straight at the service and through the
# gateway, alternating A/B/A/B in one run.
#
#   bench/gateway-overhead.sh [duration]        (default 15s; env ROUNDS=2, CONNS=16, THREADS=2)
#
# Starts its own PostgreSQL (PG_PORT, default 55451), measures-service :28181, awards-service :28182,
# ingest-service :28183 and two gateways on the same jar: :28180 as configured by default (rate limiting on,
# here with a limit high enough never to answer 429) and :28184 with RATE_LIMIT_ENABLED=false, then ingests the
# sample report through the gateway. Loopback only. Needs wrk (installed from Debian when missing and root).
# Other ports: GATEWAY_PORT, GATEWAY_NORL_PORT, MEASURES_PORT, AWARDS_PORT, INGEST_PORT (a port in use stops the run).
PG_PORT=${PG_PORT:-55451}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DUR=${1:-15s}
ROUNDS=${ROUNDS:-2}; CONNS=${CONNS:-16}; THREADS=${THREADS:-2}
GW=${GATEWAY_PORT:-28180}; GW_NORL=${GATEWAY_NORL_PORT:-28184}; MP=${MEASURES_PORT:-28181}; AP=${AWARDS_PORT:-28182}
IP=${INGEST_PORT:-28183}
JVM=(-Xmx256m -XX:+UseSerialGC)
need_tools wrk curl jq
trap '[ "${KEEP:-0}" = 1 ] || stop_all' EXIT
say "machine: $(machine)"

start_pg measures awards ingest
export MEASURES_URL="http://localhost:$MP" AWARDS_URL="http://localhost:$AP" INGEST_URL="http://localhost:$IP"
start_service gw-measures "$(snapshot_app measures-service gw-measures)" "$MP" measures "${JVM[@]}"
start_service gw-awards "$(snapshot_app awards-service gw-awards)" "$AP" awards "${JVM[@]}"
start_service gw-ingest "$(snapshot_app ingest-service gw-ingest)" "$IP" ingest "${JVM[@]}"
GW_JAR=$(snapshot_app gateway gw-gateway)
RATE_LIMIT_PER_MINUTE=100000000 start_service gw-gateway "$GW_JAR" "$GW" "" "${JVM[@]}"
RATE_LIMIT_ENABLED=false start_service gw-gateway-norl "$GW_JAR" "$GW_NORL" "" "${JVM[@]}"
for p in $MP $AP $IP $GW $GW_NORL; do wait_ready "$p" >/dev/null || die "port $p not ready (logs in $WORK/logs)"; done
if [ "$(curl -s "http://127.0.0.1:$MP/api/v1/measures?size=1" | jq .totalItems)" = 0 ]; then
  java "$ROOT/tools/DevTool.java" ingest "http://127.0.0.1:$GW" "$ROOT/data/fy2020-monozukuri-white-paper-part2.txt" \
    "$(token ingest)" >/dev/null || die "sample ingest failed"
fi
ID=$(curl -s "http://127.0.0.1:$MP/api/v1/measures?size=1&q=%E9%87%8F%E5%AD%90" | jq -r '.items[0].id')
[ -n "$ID" ] && [ "$ID" != null ] || die "no measure found"

PATHS=("/api/v1/measures?size=20" "/api/v1/measures/$ID" "/api/v1/award-schemes")
port_of_path() { case "$1" in /api/v1/award-schemes*) echo "$AP" ;; *) echo "$MP" ;; esac; }
RES="$WORK/results/gateway"; rm -rf "$RES"; mkdir -p "$RES"
run_wrk() { # run_wrk <label> <port> <path> <n>
  local out="$RES/$1-$(echo "$3" | md5sum | cut -c1-8)-$4.txt"
  wrk -t"$THREADS" -c"$CONNS" -d"$DUR" --latency "http://127.0.0.1:$2$3" >"$out" 2>&1
}
# warm-up (JIT) of every path on every target
for p in "${PATHS[@]}"; do
  for target in "$(port_of_path "$p")" $GW $GW_NORL; do wrk -t1 -c4 -d5s "http://127.0.0.1:$target$p" >/dev/null 2>&1; done
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$ROUNDS"); do
  for p in "${PATHS[@]}"; do
    say "round $r: $p"
    run_wrk direct "$(port_of_path "$p")" "$p" "$r"
    run_wrk gateway "$GW" "$p" "$r"
    run_wrk gateway-norl "$GW_NORL" "$p" "$r"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
lat() { awk -v k="$2" '$1 == k {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}' "$1"; }
errs() { awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' "$1"; }
mean() { awk '{s+=$1; n++} END {if (n) printf "%.2f", s/n; else print "-"}'; }
echo
echo "machine: $(machine); load before $LOAD_BEFORE, after $LOAD_AFTER"
echo "wrk -t$THREADS -c$CONNS -d$DUR --latency, $ROUNDS rounds of direct / gateway / gateway without rate limit, alternating; values are means over the rounds"
echo
echo "| path | target | req/s | p50 | p99 | throughput vs direct | p50 vs direct |"
echo "|---|---|---|---|---|---|---|"
for p in "${PATHS[@]}"; do
  key=$(echo "$p" | md5sum | cut -c1-8)
  d_rps=$(for f in "$RES"/direct-"$key"-*.txt; do rps "$f"; done | mean)
  d_p50=$(for f in "$RES"/direct-"$key"-*.txt; do lat "$f" 50%; done | mean)
  for label in direct gateway gateway-norl; do
    t_rps=$(for f in "$RES"/"$label"-"$key"-*.txt; do rps "$f"; done | mean)
    t_p50=$(for f in "$RES"/"$label"-"$key"-*.txt; do lat "$f" 50%; done | mean)
    t_p99=$(for f in "$RES"/"$label"-"$key"-*.txt; do lat "$f" 99%; done | mean)
    e=$(for f in "$RES"/"$label"-"$key"-*.txt; do errs "$f"; done)
    name=$label; [ "$label" = gateway-norl ] && name="gateway, rate limit off"
    [ "$label" = gateway ] && name="gateway (rate limit on)"
    if [ "$label" = direct ]; then dv="—"; dp="—"; else
      dv=$(awk -v a="$d_rps" -v b="$t_rps" 'BEGIN {printf "%+.1f %%", (b / a - 1) * 100}')
      dp=$(awk -v a="$d_p50" -v b="$t_p50" 'BEGIN {printf "%+.1f %%", (b / a - 1) * 100}')
    fi
    echo "| \`${p/$ID/{id\}}\` | $name | $t_rps | $t_p50 ms | $t_p99 ms | $dv | $dp |${e:+ $e}"
  done
done
