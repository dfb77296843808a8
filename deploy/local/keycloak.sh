#!/usr/bin/env bash
# Keycloak from its Maven Central distribution, with the jiefen realm imported.
#   keycloak.sh up | down | status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_HOME="$DATA/keycloak-$KEYCLOAK_VERSION"

install_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  ensure_pkg unzip unzip
  log "fetching Keycloak $KEYCLOAK_VERSION (Maven Central)"
  mvnw dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$DATA/downloads"
  unzip -q -o "$DATA/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$DATA"
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "unexpected layout of the Keycloak zip"
}

up() {
  if running keycloak || port_open "$KEYCLOAK_PORT"; then
    wait_http "http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready" 120 || die "Keycloak on $KEYCLOAK_PORT is not ready"
    return 0
  fi
  install_keycloak
  mkdir -p "$KC_HOME/data/import"
  cp "$ROOT/deploy/keycloak/jiefen-realm.json" "$KC_HOME/data/import/"
  # --import-realm skips a realm that exists: when the realm file changed, the demo store (start-dev's
  # own H2, nothing else in it) is dropped so the new realm is imported whole.
  local realm_hash
  realm_hash=$(sha256sum "$ROOT/deploy/keycloak/jiefen-realm.json" | cut -d' ' -f1)
  if [[ "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null)" != "$realm_hash" ]]; then
    rm -rf "$KC_HOME/data/h2"
    echo "$realm_hash" >"$KC_HOME/data/realm.sha256"
  fi
  log "starting Keycloak on :$KEYCLOAK_PORT (30–70 s)"
  # Demo bootstrap admin for the local runtime only.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    start_bg keycloak "$LOGS/keycloak.log" "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
    --health-enabled=true --hostname="http://localhost:$KEYCLOAK_PORT" --import-realm
  wait_http "http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready" 180 \
    || { tail -30 "$LOGS/keycloak.log" >&2; die "Keycloak did not become ready"; }
  wait_http "http://127.0.0.1:$KEYCLOAK_PORT/realms/jiefen/.well-known/openid-configuration" 60 \
    || die "realm jiefen was not imported; see $LOGS/keycloak.log"
}

case "${1:-up}" in
  up) up ;;
  down) stop_pid keycloak 60 ;;
  status)
    if wait_http "http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready" 1; then
      echo "keycloak  up    :$KEYCLOAK_PORT pid $(pid_of keycloak || echo external)"
    else echo "keycloak  down  :$KEYCLOAK_PORT"; fi
    ;;
  *) die "usage: keycloak.sh up|down|status" ;;
esac
