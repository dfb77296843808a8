#!/usr/bin/env bash
# Loads seeds/ through the gateway with an admin token — the services' own APIs, idempotently.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_pkg jq jq

GATEWAY=${JIEFEN_GATEWAY:-http://localhost:8080}
TOKEN_URL="http://localhost:$KEYCLOAK_PORT/realms/jiefen/protocol/openid-connect/token"

token=$(curl -fsS -d grant_type=password -d client_id=jiefen-web \
  -d username=admin.jiefen -d password=admin.jiefen "$TOKEN_URL" | jq -r .access_token) \
  || die "cannot get an admin token from Keycloak"

put() { # path file
  local out status i
  for ((i = 0; i < 10; i++)); do
    out=$(mktemp)
    status=$(curl -sS -o "$out" -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' --data-binary "@$2" "$GATEWAY$1" || echo 000)
    if [[ "$status" == 2* ]]; then
      log "seeded $1 from ${2#"$ROOT"/} ($(cat "$out"))"
      rm -f "$out"
      return 0
    fi
    if [[ "$status" != 502 && "$status" != 503 && "$status" != 000 ]]; then
      cat "$out" >&2
      rm -f "$out"
      die "PUT $1 answered $status"
    fi
    rm -f "$out"
    sleep 3
  done
  die "PUT $1: the service stayed unavailable"
}

put /api/v1/org-units "$ROOT/seeds/org-tree.json"
put /api/v1/categories "$ROOT/seeds/categories.json"
put /api/v1/routing/rules "$ROOT/seeds/routing-rules.json"
for calendar in "$ROOT"/seeds/calendar/*.json; do
  put "/api/v1/sla/calendar/$(basename "$calendar" .json)" "$calendar"
done
put /api/v1/sla/policies "$ROOT/seeds/sla-policies.json"
put /api/v1/organisations "$ROOT/seeds/organisations.json"
put /api/v1/mediators "$ROOT/seeds/mediators.json"

# intake validates community codes against its replica of the org tree, filled from routing's
# orgunit.changed.v1 events: reports are accepted once it has caught up.
want=$(jq '[.[] | select(.level == "COMMUNITY")] | length' "$ROOT/seeds/org-tree.json")
for ((i = 0; i < 60; i++)); do
  have=$(curl -fsS -H "Authorization: Bearer $token" "$GATEWAY/api/v1/intake/reference" \
    | jq -r .communities) || have=0
  if [[ "$have" -ge "$want" ]]; then
    log "intake knows all $want communities of the org tree"
    exit 0
  fi
  sleep 1
done
die "intake's org-tree replica has $have of $want communities after 60 s; see intake's log"
