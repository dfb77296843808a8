#!/usr/bin/env bash
# Restarts one service (or the gateway) from its packaged jar and waits until it is ready:
#   restart.sh <service>        e.g. restart.sh routing
# A live instance is stopped first (TERM, then KILL); one that died (kill -9) is simply started.
# The fault-injection system tests use it, e.g. with JIEFEN_DB_URL / JIEFEN_KAFKA pointed at a TCP
# proxy or JIEFEN_JAVA_OPTS with -D overrides; the previous log is appended to <service>.old.log.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

s=${1:-}
[[ -n "$s" && -n "${PORT[$s]:-}" ]] || die "usage: restart.sh <${SERVICES[*]}>"
[[ -f "$(service_jar "$s")" ]] || die "no jar for $s: build first (./mvnw package -DskipTests)"
stop_pid "$s" 30
[[ -f "$LOGS/$s.log" ]] && cat "$LOGS/$s.log" >>"$LOGS/$s.old.log"
service_env
start_service "$s"
if ! wait_http "http://127.0.0.1:${PORT[$s]}/q/health/ready" 120; then
  tail -40 "$LOGS/$s.log" >&2
  die "$s did not become ready (log: $LOGS/$s.log)"
fi
log "$s is ready"
