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

jar_of() { echo "$ROOT/${MODULE[$1]}/target/quarkus-app/quarkus-run.jar"; }

missing=0
for s in "${SERVICES[@]}"; do [[ -f "$(jar_of "$s")" ]] || missing=1; done
if [[ "${JIEFEN_SKIP_BUILD:-0}" != 1 || $missing == 1 ]]; then
  log "building the services (./mvnw package, tests skipped here — deploy/local/test.sh runs them)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -DskipITs)
fi

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
for s in "${SERVICES[@]}"; do
  [[ "${JIEFEN_RESTART_SERVICES:-0}" == 1 ]] && stop_pid "$s" 30
  if running "$s"; then continue; fi
  port_open "${PORT[$s]}" && die "port ${PORT[$s]} for $s is taken by another process"
  log "starting $s on :${PORT[$s]}"
  start_bg "$s" "$LOGS/$s.log" java -Xmx256m -jar "$(jar_of "$s")"
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
