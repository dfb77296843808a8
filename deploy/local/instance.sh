#!/usr/bin/env bash
# Starts instance <n> (2, 3, …) of a service beside the first one (issue 9): the same jar, database,
# topics and consumer groups, on port PORT + 100 × (n − 1) — routing 2 listens on 8202 — with the
# PID file and log <service>-<n>. A live instance <n> is stopped first; down.sh stops them all.
#   instance.sh <service> <n>
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

s=${1:-}
n=${2:-}
[[ -n "$s" && -n "${PORT[$s]:-}" && "$s" != gateway && "$n" =~ ^[2-9]$ ]] \
  || die "usage: instance.sh <intake|routing|mediator-pool|judicial-confirmation|sla-monitor> <2-9>"
[[ -f "$(service_jar "$s")" ]] || die "no jar for $s: build first (./mvnw package -DskipTests)"
name="$s-$n"
port=$((PORT[$s] + 100 * (n - 1)))
stop_pid "$name" 30
port_open "$port" && die "port $port for $name is taken by another process"
service_env
log "starting $name on :$port"
(
  export QUARKUS_HTTP_PORT=$port
  # shellcheck disable=SC2086
  start_bg "$name" "$LOGS/$name.log" java -Xmx256m ${JIEFEN_JAVA_OPTS:-} -jar "$(service_jar "$s")"
)
if ! wait_http "http://127.0.0.1:$port/q/health/ready" 120; then
  tail -40 "$LOGS/$name.log" >&2
  die "$name did not become ready (log: $LOGS/$name.log)"
fi
log "$name is ready"
