# Shared helpers of the bench/ scripts: an embedded PostgreSQL and service processes of their own, with pid
# files under bench/.work/ (never the ones of ./run.sh), on ports that default away from 8080-8083 / 55432.
# Sourced, not run.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/.work"
PG_PORT="${PG_PORT:-55450}"
JWT_ISSUER="${JWT_ISSUER:-https://monozukuri.io/local}"
mkdir -p "$WORK/pids" "$WORK/logs" "$WORK/results"

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

need_tools() {
  local missing=()
  for t in "$@"; do command -v "$t" >/dev/null || missing+=("$t"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} (apt-get)"
    apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; } \
      || die "could not install ${missing[*]}; install them: apt-get install -y ${missing[*]}"
  else
    die "missing: ${missing[*]} — install them: sudo apt-get install -y ${missing[*]}"
  fi
}

machine() { echo "nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) $(java -version 2>&1 | head -1)"; }

# copies a built service (target/quarkus-app) into .work/apps/<label> so that builds running meanwhile in the
# repository cannot change the jar under a measurement
snapshot_app() {
  local module=$1 label=${2:-$1}
  [ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ] \
    || die "$module is not built: ./mvnw -q package -DskipTests -Dspotless.check.skip=true"
  rm -rf "$WORK/apps/$label"; mkdir -p "$WORK/apps"
  # -a keeps the files' times: an AppCDS archive (app-cds.jsa) is only used with the very jars it was made from
  cp -a "$ROOT/$module/target/quarkus-app" "$WORK/apps/$label"
  echo "$WORK/apps/$label/quarkus-run.jar"
}

pg_password() {
  [ -f "$WORK/db-password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$WORK/db-password")
  cat "$WORK/db-password"
}

# start_pg db...: the embedded PostgreSQL of test-support on $PG_PORT with data in .work/pgdata
start_pg() {
  DB_HOST=127.0.0.1 DB_PORT=$PG_PORT DB_USER=monozukuri DB_PASSWORD=$(pg_password)
  export DB_HOST DB_PORT DB_USER DB_PASSWORD
  if [ -f "$WORK/pids/postgres-$PG_PORT.pid" ] && kill -0 "$(cat "$WORK/pids/postgres-$PG_PORT.pid")" 2>/dev/null; then
    say "PostgreSQL already running on $PG_PORT (kept by KEEP=1); reused, left running"; return
  fi
  STARTED+=("postgres-$PG_PORT")
  # a data directory the embedded server creates is deleted when it stops: data survive only while it runs
  # (KEEP=1 leaves it running, SKIP_LOAD=1 then reuses the data)
  rm -rf "$WORK/pgdata-$PG_PORT"
  local cp="$WORK/test-support.classpath"
  [ -f "$cp" ] || (cd "$ROOT" && ./mvnw -B -q -pl test-support dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null)
  [ -d "$ROOT/test-support/target/classes" ] || die "test-support is not built"
  nohup java -cp "$ROOT/test-support/target/classes:$(cat "$cp")" io.monozukuri.testsupport.DevPostgres \
    "$WORK/pgdata-$PG_PORT" "$PG_PORT" "$DB_USER" "$DB_PASSWORD" "$@" >"$WORK/logs/postgres-$PG_PORT.log" 2>&1 &
  echo $! >"$WORK/pids/postgres-$PG_PORT.pid"
  for _ in $(seq 1 240); do
    grep -q '^READY' "$WORK/logs/postgres-$PG_PORT.log" 2>/dev/null && { say "PostgreSQL ready on $PG_PORT"; return; }
    kill -0 "$(cat "$WORK/pids/postgres-$PG_PORT.pid")" 2>/dev/null || { tail -20 "$WORK/logs/postgres-$PG_PORT.log" >&2; die "PostgreSQL did not start"; }
    sleep 0.5
  done
  die "PostgreSQL not ready"
}

psql_db() { PGPASSWORD="$DB_PASSWORD" psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$1" "${@:2}"; }

keys() { [ -f "$WORK/keys/privateKey.pem" ] || java "$ROOT/tools/DevTool.java" keys "$WORK/keys" >/dev/null; }
token() { keys; java "$ROOT/tools/DevTool.java" token "$WORK/keys/privateKey.pem" "$JWT_ISSUER" "${1:-ingest}"; }

# start_service <name> <jar> <port> <db or ""> [java flags...]: starts it in the background, pid in .work/pids/<name>.pid;
# like ./run.sh it runs `java … -jar quarkus-run.jar` inside the application's directory, where the relative paths of
# an AppCDS archive (-XX:SharedArchiveFile=app-cds.jsa) match those recorded when it was made
start_service() {
  local name=$1 jar=$2 port=$3 db=$4; shift 4
  keys
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is already in use: stop what runs there or pick other ports"; fi
  STARTED+=("$name")
  (
    export HTTP_PORT="$port" JWT_ISSUER JWT_PUBLIC_KEY_LOCATION="$WORK/keys/publicKey.pem" \
      JWT_SIGN_KEY_LOCATION="$WORK/keys/privateKey.pem" ACCESS_LOG="${ACCESS_LOG:-true}"
    export MEASURES_URL="${MEASURES_URL:-http://localhost:28081}" AWARDS_URL="${AWARDS_URL:-http://localhost:28082}" \
      INGEST_URL="${INGEST_URL:-http://localhost:28083}"
    [ -n "$db" ] && export DB_NAME="$db"
    cd "$(dirname "$jar")"
    # a first argument @java=<path> picks another JVM (bench/startup.sh: the JDK 25 variants)
    local bin=java
    if [ $# -gt 0 ] && [[ "$1" == @java=* ]]; then bin=${1#@java=}; shift; fi
    exec "$bin" "$@" -jar "$(basename "$jar")" >"$WORK/logs/$name.log" 2>&1
  ) &
  echo $! >"$WORK/pids/$name.pid"
}

pid_of() { cat "$WORK/pids/$1.pid"; }

# wait_ready <port> [seconds]: prints the milliseconds from now until /q/health/ready answers 200
wait_ready() {
  local port=$1 limit=${2:-120} t0 now
  t0=$(date +%s%N)
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" 2>/dev/null)" = 200 ]; then
      now=$(date +%s%N); echo $(((now - t0) / 1000000)); return 0
    fi
    now=$(date +%s%N)
    [ $(((now - t0) / 1000000000)) -ge "$limit" ] && return 1
    sleep 0.02
  done
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

stop_pid() {
  local name=$1 wait=${2:-10} pid
  [ -f "$WORK/pids/$name.pid" ] || return 0
  pid=$(cat "$WORK/pids/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$WORK/pids/$name.pid"
}

# stops what this script started (services first, then its PostgreSQL), nothing else
STARTED=()
stop_all() {
  local n
  for n in "${STARTED[@]}"; do case "$n" in postgres-*) ;; *) stop_pid "$n" ;; esac; done
  for n in "${STARTED[@]}"; do case "$n" in postgres-*) stop_pid "$n" ;; esac; done
}

# percentile helpers over a file of numbers (one per line)
pct() { sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END {if (NR==0) {print "-"; exit} i=int((NR*p/100)+0.999); if(i<1)i=1; if(i>NR)i=NR; print a[i]}'; }
