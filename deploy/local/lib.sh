#!/usr/bin/env bash
# Shared helpers of the local-runtime scripts. Sourced, never run.
# Everything these scripts start records a PID file under .run/; stop ends only those PIDs.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/deploy/local"
RUN="$LOCAL/.run"
DATA="$LOCAL/.data"
LOGS="$RUN/logs"
mkdir -p "$RUN" "$DATA" "$LOGS"

# service name → port and module directory (docs/DESIGN-FACTS.md, README port table)
SERVICES=(intake routing mediator-pool judicial-confirmation sla-monitor gateway)
declare -A PORT=([intake]=8101 [routing]=8102 [mediator-pool]=8103 [judicial-confirmation]=8104 [sla-monitor]=8105 [gateway]=8080)
declare -A MODULE=([intake]=services/intake [routing]=services/routing [mediator-pool]=services/mediator-pool
  [judicial-confirmation]=services/judicial-confirmation [sla-monitor]=services/sla-monitor [gateway]=gateway)

# database user → database (one per service; tests use <database>_test)
declare -A DATABASE=([intake]=jiefen_intake [routing]=jiefen_routing [mediator_pool]=jiefen_mediator_pool
  [judicial]=jiefen_judicial [sla]=jiefen_sla)

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_PORT=8180
KEYCLOAK_MGMT_PORT=9180

log() { printf '\033[1m[jiefen %(%H:%M:%S)T]\033[0m %s\n' -1 "$*"; }
die() { printf '\033[31m[jiefen] %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() { # port timeout-seconds what
  local i
  for ((i = 0; i < $2; i++)); do port_open "$1" && return 0; sleep 1; done
  return 1
}

wait_http() { # url timeout-seconds
  local i
  for ((i = 0; i < $2; i++)); do
    curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

pid_of() { [[ -f "$RUN/$1.pid" ]] && cat "$RUN/$1.pid"; }

running() { # name: true when its PID file names a live process
  local pid
  pid=$(pid_of "$1") || return 1
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

start_bg() { # name logfile command... — detached, PID recorded
  local name=$1 logfile=$2
  shift 2
  setsid nohup "$@" >"$logfile" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}

stop_pid() { # name [timeout]: TERM, wait, KILL; removes the PID file
  local name=$1 timeout=${2:-30} pid i
  pid=$(pid_of "$name") || return 0
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$RUN/$name.pid"
}

ensure_pkg() { # command package: installs a Debian package when its command is missing
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2 (apt)"
  if [[ ! -f "$RUN/.apt-updated" ]]; then apt-get update -qq && touch "$RUN/.apt-updated"; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

ensure_file_pkg() { # file package: installs a Debian package when a file it provides is missing
  [[ -e "$1" ]] && return 0
  log "installing $2 (apt)"
  if [[ ! -f "$RUN/.apt-updated" ]]; then apt-get update -qq && touch "$RUN/.apt-updated"; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

mvnw() { "$ROOT/mvnw" -B -q "$@"; }

service_jar() { echo "$ROOT/${MODULE[$1]}/target/quarkus-app/quarkus-run.jar"; }

# The local runtime's settings every service starts with (up.sh and restart.sh).
service_env() {
  # intake keeps attachment files here (content-addressed) in the local runtime.
  export JIEFEN_ATTACHMENTS_DIR="${JIEFEN_ATTACHMENTS_DIR:-$DATA/attachments}"
  # The local demo's partner tools listen on plain http on this machine; deployments require https.
  export JIEFEN_PARTNER_WEBHOOKS_ALLOW_HTTP="${JIEFEN_PARTNER_WEBHOOKS_ALLOW_HTTP:-true}"
  # A demo receiver that was down is retried within seconds here (deployments: from 30 s, doubling).
  export JIEFEN_WEBHOOKS_RETRY_FIRST="${JIEFEN_WEBHOOKS_RETRY_FIRST:-PT3S}"
  export JIEFEN_WEBHOOKS_RETRY_CAP="${JIEFEN_WEBHOOKS_RETRY_CAP:-PT30S}"
  # The local runtime is not production: an admin may advance the SLA monitor's clock
  # (POST /api/v1/admin/clock/advance) to show a 15-day clock expire in seconds. Never set in k8s/.
  export JIEFEN_SLA_CLOCK_ADJUSTABLE="${JIEFEN_SLA_CLOCK_ADJUSTABLE:-true}"
}

# name: starts one service or the gateway from its packaged jar, detached, PID recorded.
# JIEFEN_JAVA_OPTS adds JVM options (e.g. -D overrides a fault test gives one service).
start_service() {
  local s=$1
  port_open "${PORT[$s]}" && die "port ${PORT[$s]} for $s is taken by another process"
  log "starting $s on :${PORT[$s]}"
  # shellcheck disable=SC2086
  start_bg "$s" "$LOGS/$s.log" java -Xmx256m ${JIEFEN_JAVA_OPTS:-} -jar "$(service_jar "$s")"
}
