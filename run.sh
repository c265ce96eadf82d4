#!/usr/bin/env bash
# Runs the whole Monozukuri Policy API stack on this machine: PostgreSQL, the four services, the sample report.
#
#   ./run.sh                 build, start everything, ingest the sample, print the URLs; Ctrl-C stops it all
#   ./run.sh --detach        the same, but return and leave the stack running (logs in .run/logs/)
#   ./run.sh stop            stop exactly what ./run.sh started (the embedded database keeps its data in .run/pgdata)
#   ./run.sh reset           stop, then delete the embedded database's data: the next start begins empty
#   ./run.sh status          show what is running
#   ./run.sh token [groups]  print a bearer token signed by the local key (default groups: editor,ingest)
#   ./run.sh java-opts NAME  print the JVM options a service is started with
#
# Options (environment):
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD   use that PostgreSQL server (databases measures, awards and ingest
#                                            must exist, or be creatable by DB_USER) instead of the embedded one
#   PG_PORT        port of the embedded PostgreSQL (default 55432)
#   SKIP_BUILD=1   do not run Maven, use the jars already built
#   NO_SAMPLE=1    do not ingest the sample report
#   GATEWAY_PORT, MEASURES_PORT, AWARDS_PORT, INGEST_PORT   (defaults 8080 8081 8082 8083)
#   JAVA_OPTS      JVM options of every service instead of the defaults below (./run.sh java-opts NAME prints
#                  what a service gets); the AppCDS archive (JDK 17-24) or the AOT cache (JDK 25+) is added
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
STATE="$ROOT/.run"
LOGS="$STATE/logs"
PIDS="$STATE/pids"
KEYS="$STATE/keys"
JWT_ISSUER="${JWT_ISSUER:-https://monozukuri.io/local}"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
MEASURES_PORT="${MEASURES_PORT:-8081}"
AWARDS_PORT="${AWARDS_PORT:-8082}"
INGEST_PORT="${INGEST_PORT:-8083}"
PG_PORT="${PG_PORT:-55432}"
SAMPLE="$ROOT/data/fy2020-monozukuri-white-paper-part2.txt"
SERVICES=(measures-service awards-service ingest-service gateway)

# JVM options (measured in bench/README.md, "Start-up and memory" and "Side by side with peers"): the serial
# collector, the JVM's tiered JIT (C1 then C2: a cached read is served about twice as fast as with C1 alone, for
# ~0.5-1 s more to ready and ~20-40 MB more RSS), a heap that starts small and is given back when free; plus what
# makes the start faster on the JVM at hand:
# - JDK 17 to 24: the AppCDS archive the build writes (classes loaded up to the start);
# - JDK 25 and later: the AOT cache (JEP 483/514) of the previous run, kept in target/quarkus-app/app.aot: a run
#   without a current cache records one (-XX:AOTCacheOutput; written when the service stops, ./run.sh stop), the next
#   start uses it (-XX:AOTCache) and is about four times faster. A rebuild makes the cache stale: it is recorded again.
# Start-up over throughput (a laptop, CI): JAVA_OPTS="... -XX:TieredStopAtLevel=1" (C1 only).
DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -Xms16m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
JAVA_FEATURE=""
java_feature() {
  [ -n "$JAVA_FEATURE" ] || JAVA_FEATURE=$(java -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  printf '%s' "${JAVA_FEATURE:-17}"
}
java_opts() {
  local app="$ROOT/$1/target/quarkus-app"
  printf '%s' "${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}"
  # relative paths: the archive and the cache only match `-jar quarkus-run.jar` run from the application's directory
  if [ "$(java_feature)" -ge 25 ]; then
    if [ -f "$app/app.aot" ] && [ "$app/app.aot" -nt "$app/quarkus-run.jar" ]; then
      printf ' %s' "-XX:AOTCache=app.aot"
    else
      printf ' %s' "-XX:AOTCacheOutput=app.aot"
    fi
  elif [ -f "$app/app-cds.jsa" ]; then
    printf ' %s' "-XX:SharedArchiveFile=app-cds.jsa"
  fi
  echo
}

log() { printf '\033[1m[run]\033[0m %s\n' "$*"; }
die() { printf '[run] error: %s\n' "$*" >&2; exit 1; }
devtool() { java "$ROOT/tools/DevTool.java" "$@"; }

require_java() {
  command -v java >/dev/null || die "a JDK 17 or newer is needed (java not found)"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found $v)"
}

is_running() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

port_of() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;; measures-service) echo "$MEASURES_PORT" ;;
    awards-service) echo "$AWARDS_PORT" ;; ingest-service) echo "$INGEST_PORT" ;;
  esac
}

stop_one() {
  local name=$1 pid
  [ -f "$PIDS/$name.pid" ] || return 0
  pid=$(cat "$PIDS/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    # up to 60 s: on JDK 25 a service that records its AOT cache writes it as it exits
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDS/$name.pid"
}

stop_all() {
  local name
  for name in gateway ingest-service awards-service measures-service; do stop_one "$name"; done
  stop_one postgres
  log "stopped"
}

build() {
  if [ "${SKIP_BUILD:-0}" = 1 ]; then
    for name in "${SERVICES[@]}"; do
      [ -f "$name/target/quarkus-app/quarkus-run.jar" ] || die "SKIP_BUILD=1 but $name is not built"
    done
    return
  fi
  log "building (the first build downloads Maven and the dependencies: a few minutes)"
  ./mvnw -B -q install -DskipTests -Dspotless.check.skip=true >"$LOGS/build.log" 2>&1 \
    || { tail -n 40 "$LOGS/build.log" >&2; die "build failed, see $LOGS/build.log"; }
  ./mvnw -B -q -pl test-support dependency:build-classpath -Dmdep.outputFile="$STATE/test-support.classpath" \
    >>"$LOGS/build.log" 2>&1 || die "could not resolve the embedded PostgreSQL, see $LOGS/build.log"
}

start_postgres() {
  if [ -n "${DB_HOST:-}" ]; then
    DB_PORT="${DB_PORT:-5432}"
    DB_USER="${DB_USER:-monozukuri}"
    DB_PASSWORD="${DB_PASSWORD:-}"
    log "using PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER (databases measures, awards, ingest)"
    return
  fi
  DB_HOST=127.0.0.1
  DB_PORT="$PG_PORT"
  DB_USER=monozukuri
  if [ ! -f "$STATE/db-password" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$STATE/db-password")
  fi
  DB_PASSWORD=$(cat "$STATE/db-password")
  if is_running postgres; then
    log "embedded PostgreSQL already running on port $DB_PORT"
    return
  fi
  [ -f "$STATE/test-support.classpath" ] || ./mvnw -B -q -pl test-support dependency:build-classpath \
    -Dmdep.outputFile="$STATE/test-support.classpath" >>"$LOGS/build.log" 2>&1
  log "starting embedded PostgreSQL on port $DB_PORT (data in .run/pgdata)"
  nohup java -cp "$ROOT/test-support/target/classes:$(cat "$STATE/test-support.classpath")" \
    io.monozukuri.testsupport.DevPostgres "$STATE/pgdata" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" \
    measures awards ingest >"$LOGS/postgres.log" 2>&1 &
  echo $! >"$PIDS/postgres.pid"
  for _ in $(seq 1 120); do
    grep -q '^READY' "$LOGS/postgres.log" 2>/dev/null && return
    is_running postgres || { tail -n 30 "$LOGS/postgres.log" >&2; die "PostgreSQL did not start"; }
    sleep 0.5
  done
  die "PostgreSQL did not become ready, see $LOGS/postgres.log"
}

# the settings of this stack for `./mvnw -pl <service> -am quarkus:dev` (README, Development): set -a; . .run/dev.env
write_dev_env() {
  (
    umask 077
    printf '%s=%q\n' DB_HOST "$DB_HOST" DB_PORT "$DB_PORT" DB_USER "$DB_USER" DB_PASSWORD "$DB_PASSWORD" \
      JWT_ISSUER "$JWT_ISSUER" JWT_PUBLIC_KEY_LOCATION "$KEYS/publicKey.pem" \
      JWT_SIGN_KEY_LOCATION "$KEYS/privateKey.pem" MEASURES_URL "http://localhost:$MEASURES_PORT" \
      AWARDS_URL "http://localhost:$AWARDS_PORT" INGEST_URL "http://localhost:$INGEST_PORT" >"$STATE/dev.env"
  )
}

start_service() {
  local name=$1 db=$2 port
  port=$(port_of "$name")
  if is_running "$name"; then
    log "$name already running"
    return
  fi
  (
    export HTTP_PORT="$port" JWT_ISSUER JWT_PUBLIC_KEY_LOCATION="$KEYS/publicKey.pem"
    export MEASURES_URL="http://localhost:$MEASURES_PORT" AWARDS_URL="http://localhost:$AWARDS_PORT" \
      INGEST_URL="http://localhost:$INGEST_PORT"
    # a local stack serves one developer and their scripts: a generous per-client limit
    export RATE_LIMIT_PER_MINUTE="${RATE_LIMIT_PER_MINUTE:-20000}" PUBLIC_URL="http://localhost:$GATEWAY_PORT"
    if [ -n "$db" ]; then
      export DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME="$db"
    fi
    [ "$name" = ingest-service ] && export JWT_SIGN_KEY_LOCATION="$KEYS/privateKey.pem"
    cd "$ROOT/$name/target/quarkus-app"
    # shellcheck disable=SC2046
    exec nohup java $(java_opts "$name") -jar quarkus-run.jar >"$LOGS/$name.log" 2>&1
  ) &
  echo $! >"$PIDS/$name.pid"
}

wait_ready() {
  local name=$1 port
  port=$(port_of "$name")
  devtool wait-ready "http://localhost:$port/q/health/ready" 120 \
    || { tail -n 40 "$LOGS/$name.log" >&2; die "$name is not ready, see $LOGS/$name.log"; }
  log "$name ready on http://localhost:$port"
}

up() {
  local detach=$1
  require_java
  mkdir -p "$LOGS" "$PIDS"
  build
  devtool keys "$KEYS"
  start_postgres
  write_dev_env
  start_service measures-service measures
  start_service awards-service awards
  start_service ingest-service ingest
  start_service gateway ""
  for name in "${SERVICES[@]}"; do wait_ready "$name"; done
  if [ "${NO_SAMPLE:-0}" != 1 ]; then
    log "ingesting the sample report $(basename "$SAMPLE")"
    devtool ingest "http://localhost:$GATEWAY_PORT" "$SAMPLE" \
      "$(devtool token "$KEYS/privateKey.pem" "$JWT_ISSUER" ingest)" >"$LOGS/sample-ingest.json" \
      || die "the sample ingest failed, see $LOGS/ingest-service.log"
    log "sample ingested: $(cat "$LOGS/sample-ingest.json")"
  fi
  cat <<EOF

  Monozukuri Policy API is up.
    API (gateway)   http://localhost:$GATEWAY_PORT/api/v1/measures
    OpenAPI         http://localhost:$GATEWAY_PORT/q/openapi
    Swagger UI      http://localhost:$GATEWAY_PORT/q/swagger-ui
    services        measures :$MEASURES_PORT  awards :$AWARDS_PORT  ingest :$INGEST_PORT  (each: /q/health/ready, /q/metrics)
    logs            $LOGS
    a write token   ./run.sh token

EOF
  if [ "$detach" = 1 ]; then
    log "running in the background; stop with ./run.sh stop"
    return
  fi
  trap 'echo; stop_all; exit 0' INT TERM
  log "press Ctrl-C to stop"
  while true; do
    for name in "${SERVICES[@]}"; do
      is_running "$name" || { log "$name exited, see $LOGS/$name.log"; stop_all; exit 1; }
    done
    sleep 2
  done
}

case "${1:-}" in
  "") up 0 ;;
  --detach|-d) up 1 ;;
  stop) stop_all ;;
  reset)
    stop_all
    rm -rf "$STATE/pgdata"
    log "embedded database deleted (.run/pgdata); the next ./run.sh starts with an empty one" ;;
  status)
    for name in postgres "${SERVICES[@]}"; do
      if is_running "$name"; then echo "$name: running (pid $(cat "$PIDS/$name.pid"))"; else echo "$name: stopped"; fi
    done ;;
  token)
    require_java
    [ -f "$KEYS/privateKey.pem" ] || devtool keys "$KEYS"
    devtool token "$KEYS/privateKey.pem" "$JWT_ISSUER" "${2:-editor,ingest}" ;;
  java-opts)
    case "${2:-}" in
      measures-service|awards-service|ingest-service|gateway) java_opts "$2" ;;
      *) die "usage: ./run.sh java-opts measures-service|awards-service|ingest-service|gateway" ;;
    esac ;;
  -h|--help|help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (try ./run.sh --help)" ;;
esac
