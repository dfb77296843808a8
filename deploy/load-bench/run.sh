#!/usr/bin/env bash
# The load benchmark (issue 8) — a benchmark, not a test; figures go to docs/benchmarks.md.
#
#   deploy/load-bench/run.sh [--rate 100] [--seconds 600] [--instances 2]
#                                                           one open-model run at a fixed rate; with
#                                                           --instances 2 a second instance of every
#                                                           service joins first (instance.sh; intake's
#                                                           second takes consumer work only: the
#                                                           gateway routes HTTP to the first)
#   deploy/load-bench/run.sh --startup                      cold start of the stack and of each service
#
# A load run needs the whole stack (it starts it with deploy/local/up.sh when the gateway does not
# answer) and nothing else busy on the machine. LoadBench.java creates disputes through the gateway
# with real Keycloak tokens at a fixed arrival rate across every community and category, and reads
# end-to-end and per-hop times from the events on Kafka; CPU and RSS of every process once a second.
# Results: deploy/load-bench/.runs/<stamp>-<rate>/ (report.md, resources.csv, run.log).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/deploy/local/lib.sh"

RATE=100
SECONDS_=600
MODE=load
INSTANCES=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rate) RATE=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --startup) MODE=startup; shift ;;
    --instances) INSTANCES=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

if [[ $MODE == startup ]]; then
  OUT="$HERE/.runs/$STAMP-startup"
  mkdir -p "$OUT"
  exec > >(tee -a "$OUT/run.log") 2>&1
  "$LOCAL/down.sh"
  start=$(date +%s%3N)
  JIEFEN_SKIP_BUILD=1 "$LOCAL/up.sh"
  end=$(date +%s%3N)
  declare -A cold
  for s in "${SERVICES[@]}"; do
    cold[$s]=$(grep -o "started in [0-9.]*s" "$RUN/logs/$s.log" | tail -1 | grep -o "[0-9.]*")
  done
  # Then each alone, the rest of the stack up and idle: the start a rolling restart sees.
  declare -A alone ready
  for s in "${SERVICES[@]}"; do
    sleep 5
    t0=$(date +%s%3N)
    "$LOCAL/restart.sh" "$s" >/dev/null
    ready[$s]=$(( $(date +%s%3N) - t0 ))
    alone[$s]=$(grep -o "started in [0-9.]*s" "$RUN/logs/$s.log" | tail -1 | grep -o "[0-9.]*")
  done
  {
    echo "# Cold start, $(date -u +%FT%TZ), $(nproc) cores"
    echo
    echo "- whole stack (MariaDB, Kafka, Keycloak, five services, gateway, seeds; jars prebuilt): $(( (end - start) / 1000 )) s"
    echo
    echo "| service | 'started in', all at once (s) | 'started in', alone (s) | restart.sh: stop, start, ready (s) |"
    echo "| --- | --- | --- | --- |"
    for s in "${SERVICES[@]}"; do
      echo "| $s | ${cold[$s]:-?} | ${alone[$s]:-?} | $(awk "BEGIN {printf \"%.1f\", ${ready[$s]} / 1000}") |"
    done
  } > "$OUT/report.md"
  cat "$OUT/report.md"
  exit 0
fi

OUT="$HERE/.runs/$STAMP-$RATE"
mkdir -p "$OUT"
exec > >(tee -a "$OUT/run.log") 2>&1
# The stack this script starts runs three consumer copies per channel (ADR 0020); a stack already
# running is measured as it is.
port_open 8080 || JIEFEN_MESSAGING_CONCURRENCY=${JIEFEN_MESSAGING_CONCURRENCY:-3} JIEFEN_SKIP_BUILD=1 "$LOCAL/up.sh"
for ((n = 2; n <= INSTANCES; n++)); do
  for s in "${SERVICES[@]}"; do
    [[ $s == gateway ]] || running "$s-$n" || \
      JIEFEN_MESSAGING_CONCURRENCY=${JIEFEN_MESSAGING_CONCURRENCY:-3} "$LOCAL/instance.sh" "$s" "$n"
  done
done
LIB="$ROOT/services/intake/target/quarkus-app/lib/main"
[[ -d $LIB ]] || die "build first: ./mvnw -B package -DskipTests"
java -Xmx1g -cp "$LIB/*" "$HERE/LoadBench.java" \
  --rate "$RATE" --seconds "$SECONDS_" --out "$OUT" --pids "$RUN"
{
  echo
  echo "Command: \`deploy/load-bench/run.sh --rate $RATE --seconds $SECONDS_ --instances $INSTANCES\`, $(date -u +%FT%TZ),"
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r)."
} >> "$OUT/report.md"
cat "$OUT/report.md"
