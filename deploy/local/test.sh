#!/usr/bin/env bash
# Runs every test: unit, each service against the real MariaDB and Kafka, and the system test,
# which brings the whole stack up with up.sh and drives it through the gateway with real tokens.
# Extra arguments go to Maven (e.g. -DskipSystemTests, -pl services/intake).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_pkg java openjdk-17-jdk-headless
ensure_pkg curl curl
# the Chinese font mediation agreements embed (jiefen.mediation.pdf.font, ADR 0012)
ensure_file_pkg /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc fonts-wqy-zenhei
"$LOCAL/infra.sh" up
cd "$ROOT"
./mvnw -B verify "$@"
