#!/usr/bin/env bash
# Runs every test: unit, each service against the real MariaDB and Kafka, and the system tests,
# which bring the whole stack up with up.sh and drive it through the gateway with real tokens —
# the web apps in headless chromium, logging in on Keycloak's page.
# Extra arguments go to Maven (e.g. -DskipSystemTests, -pl services/intake).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_pkg java openjdk-17-jdk-headless
ensure_pkg curl curl
# the Chinese font mediation agreements embed (jiefen.mediation.pdf.font, ADR 0012)
ensure_file_pkg /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc fonts-wqy-zenhei
# the browser tests of the web apps drive headless chromium (Playwright, no browser download)
ensure_pkg chromium chromium
# The system tests start the stack on empty databases (seeded by up.sh): they advance its clock,
# which would otherwise act on every dispute earlier runs left behind. A running stack is stopped.
"$LOCAL/down.sh" >/dev/null
"$LOCAL/infra.sh" reset-stack-data
"$LOCAL/infra.sh" up
# The Kubernetes manifests, offline: rendered by kubectl kustomize, validated against the schemas
# and the project's rules (probes, limits, non-root, no secrets) — ADR 0021. Seconds.
bash "$ROOT/k8s/check.sh"
cd "$ROOT"
./mvnw -B verify "$@"
