#!/usr/bin/env bash
# Stops what up.sh started (by PID files), in reverse order. Leaves anything else alone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# further instances (instance.sh): <service>-<n>.pid
for pidfile in "$RUN"/*-[2-9].pid; do
  [[ -e "$pidfile" ]] && stop_pid "$(basename "$pidfile" .pid)" 30
done
for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop_pid "${SERVICES[$i]}" 30; done
"$LOCAL/keycloak.sh" down
"$LOCAL/infra.sh" down
log "stopped"
