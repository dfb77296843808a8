#!/usr/bin/env bash
# Runs the whole system with seed data: MariaDB, Kafka, Keycloak, the five services, the gateway.
# Starting twice is harmless: whatever already runs is left alone.
#   JIEFEN_SKIP_BUILD=1        use the jars already in */target (the system test sets it)
#   JIEFEN_RESTART_SERVICES=1  restart services that already run (so they run the new jars)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_pkg java openjdk-17-jdk-headless
ensure_pkg curl curl
# the Chinese font mediation agreements embed (jiefen.mediation.pdf.font, ADR 0012)
ensure_file_pkg /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc fonts-wqy-zenhei

"$LOCAL/infra.sh" up
"$LOCAL/keycloak.sh" up

missing=0
for s in "${SERVICES[@]}"; do [[ -f "$(service_jar "$s")" ]] || missing=1; done
if [[ "${JIEFEN_SKIP_BUILD:-0}" != 1 || $missing == 1 ]]; then
  log "building the services (./mvnw package, tests skipped here — deploy/local/test.sh runs them)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -DskipITs)
fi

service_env
for s in "${SERVICES[@]}"; do
  [[ "${JIEFEN_RESTART_SERVICES:-0}" == 1 ]] && stop_pid "$s" 30
  if running "$s"; then continue; fi
  start_service "$s"
done

for s in "${SERVICES[@]}"; do
  if ! wait_http "http://127.0.0.1:${PORT[$s]}/q/health/ready" 120; then
    tail -40 "$LOGS/$s.log" >&2
    die "$s did not become ready (log: $LOGS/$s.log)"
  fi
done
log "every service is ready"

"$LOCAL/seed.sh"

cat <<INFO

  Jiefen is up.
    API (gateway)   http://localhost:8080/api/v1       e.g. /api/v1/disputes
    Keycloak        http://localhost:8180               realm jiefen (admin console: admin / admin)
    OpenAPI         http://127.0.0.1:<port>/q/swagger-ui   intake 8101, routing 8102,
                    mediator-pool 8103, judicial-confirmation 8104, sla-monitor 8105
    Logs            deploy/local/.run/logs/

  Demo logins (password = username), client jiefen-web:
    grid.minle  staff.minle  staff.baishilong  staff.minzhi  staff.guanlan  staff.district
    mediator.chen  clerk.longhua  admin.jiefen
  Machine clients (client credentials, secret = <client>-local-secret):
    partner-hrss  partner-petition  court-longhua

  Stop with deploy/local/down.sh; see what runs with deploy/local/status.sh.
INFO
