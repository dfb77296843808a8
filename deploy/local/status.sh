#!/usr/bin/env bash
# One line per component: up/down, PID (or "external" when these scripts did not start it), port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$LOCAL/infra.sh" status
"$LOCAL/keycloak.sh" status
for s in "${SERVICES[@]}"; do
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${PORT[$s]}/q/health/ready" 2>/dev/null; then
    state=ready
  elif port_open "${PORT[$s]}"; then state=not-ready; else state=down; fi
  printf '%-22s %-9s :%s pid %s\n' "$s" "$state" "${PORT[$s]}" "$(pid_of "$s" || echo -)"
done
