#!/usr/bin/env bash
# The SLA monitor's scale benchmark (issue 6) — a benchmark, not a test; see docs/benchmarks.md.
#
#   deploy/sla-bench/run.sh [--clocks 1000000] [--burst 100000] [--steady 20000]
#                           [--steady-seconds 120] [--xmx 512m] [--app DIR] [--keep]
#                           [-- -Dextra.monitor.setting=value ...]
#
# Loads N open clocks straight into the database jiefen_sla_bench (far-future timers, never due
# during the run) plus two measured sets — a steady one (--steady clocks due evenly over
# --steady-seconds) and a burst (--burst clocks due at the same second) — then runs ONE packaged
# sla-monitor (own-all-partitions, its own topic prefix and consumer groups) and measures the lag
# from each clock's due time to its flag: detected (sla_flag.raised_at), committed (SlaBench's
# commit watch) and on Kafka (record timestamp); plus memory, CPU, startup and load times.
# Results go to deploy/sla-bench/.runs/<stamp>-<clocks>/report.md. MariaDB and Kafka must run
# (deploy/local/infra.sh up). The database and the run's topics are dropped at the end unless --keep.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

CLOCKS=1000000
BURST=100000
STEADY=20000
STEADY_SECONDS=120
XMX=512m
APP=""
KEEP=false
PORT=18105
EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --clocks) CLOCKS=$2; shift 2 ;;
    --burst) BURST=$2; shift 2 ;;
    --steady) STEADY=$2; shift 2 ;;
    --steady-seconds) STEADY_SECONDS=$2; shift 2 ;;
    --xmx) XMX=$2; shift 2 ;;
    --app) APP=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

DB=jiefen_sla_bench
SQL=(mariadb -usla -psla-local -h127.0.0.1 --batch --skip-column-names)
CHUNK=1000000
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
PREFIX="slabench-$(date -u +%s)."
OUT="$HERE/.runs/$STAMP-$CLOCKS"
mkdir -p "$OUT"
exec > >(tee -a "$OUT/run.log") 2>&1

log() { printf '[sla-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*"; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
now_ms() { date +%s%3N; }
# Every statement is bounded on the server too: a killed client does not stop a running query.
sql() { "${SQL[@]}" --init-command="SET SESSION max_statement_time=$1" "${@:2}"; }
result() { printf '%s=%s\n' "$1" "$2" >>"$OUT/results.txt"; }

MONITOR_PID=""
OBSERVER_PID=""
TOP_PID=""
cleanup() {
  local pid
  for pid in "$OBSERVER_PID" "$TOP_PID" "$MONITOR_PID"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  if [[ -n "$MONITOR_PID" ]]; then
    for _ in $(seq 1 30); do kill -0 "$MONITOR_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$MONITOR_PID" 2>/dev/null || true
  fi
  if [[ "$KEEP" != true ]]; then
    sql 600 -e "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true
    [[ -n "${CP:-}" ]] && timeout 120 java -cp "$CP" "$HERE/SlaBench.java" drop-topics \
      --kafka 127.0.0.1:9092 --prefix "$PREFIX" >/dev/null 2>&1 || true
    [[ "$APP" == "$OUT/app" ]] && rm -rf "$OUT/app"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- preflight
port_open 3306 || die "MariaDB is not up: deploy/local/infra.sh up"
port_open 9092 || die "Kafka is not up: deploy/local/infra.sh up"
port_open "$PORT" && die "port $PORT is taken (--port)"
DATADIR=$(sql 10 -e "SELECT @@datadir")
AVAIL_GB=$(df -BG --output=avail "$DATADIR" 2>/dev/null | tail -1 | tr -dc 0-9 || true)
[[ -z "$AVAIL_GB" ]] && AVAIL_GB=$(df -BG --output=avail / | tail -1 | tr -dc 0-9)
# ~0.75 GB per million clocks (data + indexes), once more while the indexes are rebuilt, + margin
NEED_GB=$((CLOCKS * 2 / 1000000 + 5))
((AVAIL_GB >= NEED_GB)) || die "needs ~${NEED_GB} GB free for the database, $AVAIL_GB GB available"

result clocks "$CLOCKS"
result steady "$STEADY over ${STEADY_SECONDS}s"
result burst "$BURST"
result machine "$(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(uname -r)"
result cpu_model "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
result mariadb "$(sql 10 -e 'SELECT VERSION()'), innodb_buffer_pool_size=$(sql 10 -e 'SELECT @@innodb_buffer_pool_size DIV 1048576')M"
result java "$(java -version 2>&1 | head -1)"
result git "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" status --porcelain -- services/sla-monitor/src | grep -q . && echo ' + uncommitted sla-monitor changes')"
result load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
log "results in $OUT"

# ---------------------------------------------------------------- the packaged monitor
if [[ -z "$APP" ]]; then
  log "building sla-monitor"
  (cd "$ROOT" && ./mvnw -B -o -q -pl services/sla-monitor -am package -DskipTests -DskipITs \
    -Dspotless.apply.skip=true)
  # another build may overwrite target/ at any time: run from a private copy
  cp -r "$ROOT/services/sla-monitor/target/quarkus-app" "$OUT/app"
  APP="$OUT/app"
fi
[[ -f "$APP/quarkus-run.jar" ]] || die "no quarkus-run.jar in $APP"
CP="$APP/lib/main/*"
BENCH=(java -Duser.timezone=UTC -cp "$CP" "$HERE/SlaBench.java")
PUBLIC_KEY=$(grep -v -- '-----' "$ROOT/services/platform/src/test/resources/jiefen-test-public-key.pem" | tr -d '\n')

MONITOR_SETTINGS=(
  -Dquarkus.profile=bench
  -Dquarkus.http.port="$PORT"
  -Dquarkus.datasource.jdbc.url="jdbc:mariadb://127.0.0.1:3306/$DB"
  # the test key pair: the benchmark calls no API, the monitor just must not wait for Keycloak
  -Dquarkus.oidc.public-key="$PUBLIC_KEY"
  -Dquarkus.oidc.token.issuer=https://test.jiefen.invalid/realms/jiefen
  -Djiefen.topics.prefix="$PREFIX"
  -Djiefen.sla.own-all-partitions=true
  -Dquarkus.log.file.enabled=false
)
for channel in intake-events routing-events mediation-events confirmation-events; do
  MONITOR_SETTINGS+=("-Dmp.messaging.incoming.$channel.group.id=${PREFIX}$channel")
done
MONITOR_SETTINGS+=("${EXTRA[@]}")
result monitor_settings "-Xmx$XMX ${MONITOR_SETTINGS[*]//-Dquarkus.oidc.public-key=*/-Dquarkus.oidc.public-key=<test key>}"

start_monitor() { # log-file
  setsid java "-Xmx$XMX" -Xlog:gc:file="$OUT/gc-$1.log":utctime -Duser.timezone=UTC \
    "${MONITOR_SETTINGS[@]}" -jar "$APP/quarkus-run.jar" >"$OUT/monitor-$1.log" 2>&1 </dev/null &
  MONITOR_PID=$!
}
await_ready() { # timeout-seconds
  local until=$(( $(date +%s) + $1 ))
  while (( $(date +%s) < until )); do
    kill -0 "$MONITOR_PID" 2>/dev/null || die "the monitor exited; see its log in $OUT"
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" && return 0
    sleep 0.2
  done
  die "the monitor was not ready within $1 s"
}
stop_monitor() {
  kill "$MONITOR_PID" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$MONITOR_PID" 2>/dev/null || break; sleep 1; done
  kill -9 "$MONITOR_PID" 2>/dev/null || true
  wait "$MONITOR_PID" 2>/dev/null || true
  MONITOR_PID=""
}

# ---------------------------------------------------------------- schema (Flyway, by the monitor)
log "database $DB"
sql 600 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_monitor migrate
await_ready 180
stop_monitor
sql 60 "$DB" -e "SHOW CREATE TABLE deadline" >"$OUT/deadline-schema.before"

# ---------------------------------------------------------------- bulk load
# Random UUID-shaped ids (as UUID.randomUUID gives the monitor): MD5 of a per-run salt and the row.
uuid() { echo "INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(@salt,'$1',seq)),21,0,'-'),17,0,'-'),13,0,'-'),9,0,'-')"; }
COLUMNS="id, dispute_id, clock, center_code, started_at, warn_at, due_at, due_date, provisional, state,
  citation, start_event_id, version, policy_version, length, unit, warn_at_percent, scope, action,
  partition_no, next_flag_at, next_flag"
log "loading $CLOCKS open clocks (secondary keys and primary key dropped, rebuilt after)"
T=$(now_ms)
sql 600 "$DB" -e "ALTER TABLE deadline DROP PRIMARY KEY, DROP INDEX uk_deadline_start,
  DROP INDEX ix_deadline_dispute, DROP INDEX ix_deadline_due, DROP INDEX ix_deadline_timer,
  DROP INDEX ix_deadline_board, DROP INDEX ix_deadline_provisional"
# The bulk: clocks of the coming 60 days, due at the end of a Beijing day (15:59:59 UTC) as real
# ones are, each armed with its warning (if still more than a day ahead) or its overdue flag — so
# every bulk timer lies at least a day ahead and none fires during the run.
for ((from = 0; from < CLOCKS; from += CHUNK)); do
  n=$(( CLOCKS - from < CHUNK ? CLOCKS - from : CHUNK ))
  sql 3600 "$DB" -e "
    SET @salt = '$PREFIX', @today = UTC_DATE(), @now = UTC_TIMESTAMP(6);
    INSERT INTO deadline ($COLUMNS)
    SELECT id, dispute_id, clock, center_code, started_at, warn_at, due_at, DATE(due_at + INTERVAL 8 HOUR),
           0, 'OPEN', citation, start_event_id, 1, 1, length, 'WORKING_DAYS', 80, 'DISPUTE', 'FLAG', seq % 6,
           IF(warn_at > @now + INTERVAL 1 DAY, warn_at, due_at),
           IF(warn_at > @now + INTERVAL 1 DAY, 'WARNING', 'OVERDUE')
    FROM (
      SELECT seq, id, dispute_id, start_event_id, clock, center_code, citation, length, due_at,
             started_at + INTERVAL (TIMESTAMPDIFF(SECOND, started_at, due_at) * 4 DIV 5) SECOND AS warn_at,
             started_at
      FROM (
        SELECT seq, $(uuid i) AS id, $(uuid d) AS dispute_id, $(uuid e) AS start_event_id,
               ELT(1 + seq % 4, 'CENTER_ACK', 'MEDIATOR_ACCEPT', 'MEDIATOR_CONTACT', 'LABOR_MEDIATION') AS clock,
               ELT(1 + seq % 5, 'longhua.minzhi.minle', 'longhua.minzhi', 'longhua.guanlan',
                   'longhua.dalang.longping', 'longhua') AS center_code,
               ELT(1 + seq % 4, '本地工作规范（可编辑的政策默认值）', '《人民法院在线调解规则》第十二条',
                   '《人民法院在线调解规则》第十五条', '《劳动争议调解仲裁法》第十四条') AS citation,
               ELT(1 + seq % 4, 1, 3, 3, 15) AS length,
               TIMESTAMP(@today + INTERVAL (1 + seq % 60) DAY, '15:59:59') AS due_at,
               TIMESTAMP(@today + INTERVAL (1 + seq % 60) DAY, '15:59:59')
                 - INTERVAL (2 + seq % 20) DAY - INTERVAL (seq % 86400) SECOND AS started_at
        FROM seq_${from}_to_$(( from + n - 1 ))
      ) g
    ) c"
  log "  $(( from + n )) loaded"
done
T_INSERT=$(( $(now_ms) - T ))
T=$(now_ms)
log "rebuilding the primary key and the six secondary keys"
sql 7200 "$DB" -e "ALTER TABLE deadline ADD PRIMARY KEY (id),
  ADD UNIQUE KEY uk_deadline_start (start_event_id, clock), ADD KEY ix_deadline_dispute (dispute_id),
  ADD KEY ix_deadline_due (state, due_at), ADD KEY ix_deadline_timer (partition_no, next_flag_at),
  ADD KEY ix_deadline_board (center_code, state, due_at),
  ADD KEY ix_deadline_provisional (provisional, state, id);
  ANALYZE TABLE deadline" >/dev/null
T_INDEX=$(( $(now_ms) - T ))
sql 60 "$DB" -e "SHOW CREATE TABLE deadline" >"$OUT/deadline-schema.after"
cmp -s "$OUT/deadline-schema.before" "$OUT/deadline-schema.after" \
  || die "the rebuilt table differs from the migrated one (diff $OUT/deadline-schema.*)"
result bulk_insert_ms "$T_INSERT"
result bulk_index_rebuild_ms "$T_INDEX"
result table_size "$(sql 60 -e "SELECT CONCAT(ROUND(data_length/1048576), ' MB data, ', ROUND(index_length/1048576), ' MB indexes')
  FROM information_schema.tables WHERE table_schema = '$DB' AND table_name = 'deadline'")"

# ---------------------------------------------------------------- the measured clocks
# Inserted unarmed (no timer) relative to a placeholder instant, then armed in one UPDATE relative
# to T0 = now + lead, where the lead covers the arming itself and the monitor's start.
PLACEHOLDER="2037-06-01 00:00:00" # TIMESTAMP ends in 2038
log "inserting the measured clocks: $STEADY steady, $BURST burst"
T=$(now_ms)
measured() { # seq-table offset-expression-in-microseconds salt-tag
  sql 3600 "$DB" -e "
    SET @salt = '$PREFIX$3', @p = TIMESTAMP('$PLACEHOLDER');
    INSERT INTO deadline ($COLUMNS)
    SELECT $(uuid i), $(uuid d), 'LABOR_MEDIATION', 'longhua.minzhi.minle',
           @p - INTERVAL 20 DAY, @p - INTERVAL 3 DAY, @p + INTERVAL ($2) MICROSECOND, DATE(@p), 0, 'OPEN',
           '《劳动争议调解仲裁法》第十四条', $(uuid e), 1, 1, 15, 'CALENDAR_DAYS', 80, 'DISPUTE', 'FLAG',
           seq % 6, NULL, NULL
    FROM $1"
}
measured "seq_0_to_$((STEADY - 1))" "seq * $((STEADY_SECONDS * 1000000 / STEADY))" steady
BURST_OFFSET_S=$((STEADY_SECONDS + 60))
measured "seq_0_to_$((BURST - 1))" "$BURST_OFFSET_S * 1000000" burst
T_MEASURED=$(( $(now_ms) - T ))
result measured_insert_ms "$T_MEASURED"
LEAD_S=$(( T_MEASURED * 2 / 1000 + 120 ))
T0_EPOCH=$(( $(date +%s) + LEAD_S ))
T0=$(date -u -d "@$T0_EPOCH" '+%Y-%m-%d %H:%M:%S')
log "arming them: the steady clocks fall due from $T0 UTC for ${STEADY_SECONDS}s, the burst at +${BURST_OFFSET_S}s"
T=$(now_ms)
sql 3600 "$DB" -e "
  SET @shift = TIMESTAMPDIFF(MICROSECOND, TIMESTAMP('$PLACEHOLDER'), TIMESTAMP('$T0'));
  UPDATE deadline
  SET started_at = started_at + INTERVAL @shift MICROSECOND, warn_at = warn_at + INTERVAL @shift MICROSECOND,
      due_at = due_at + INTERVAL @shift MICROSECOND, due_date = DATE(due_at + INTERVAL 8 HOUR),
      next_flag_at = due_at, next_flag = 'OVERDUE'
  WHERE partition_no IN (0, 1, 2, 3, 4, 5) AND next_flag_at IS NULL AND state = 'OPEN'"
result measured_arm_ms "$(( $(now_ms) - T ))"
ARMED=$(sql 60 "$DB" -e "SELECT COUNT(*) FROM deadline WHERE next_flag_at BETWEEN '$T0' AND '$T0' + INTERVAL $BURST_OFFSET_S SECOND")
[[ "$ARMED" == $((STEADY + BURST)) ]] || die "armed $ARMED measured clocks, expected $((STEADY + BURST))"
OPEN=$(sql 600 "$DB" -e "SELECT COUNT(*) FROM deadline WHERE state = 'OPEN'")
result open_clocks_total "$OPEN"
STEADY_FROM=$(date -u -d "@$T0_EPOCH" '+%Y-%m-%dT%H:%M:%SZ')
STEADY_TO=$(date -u -d "@$((T0_EPOCH + STEADY_SECONDS))" '+%Y-%m-%dT%H:%M:%SZ')
BURST_AT=$(date -u -d "@$((T0_EPOCH + BURST_OFFSET_S))" '+%Y-%m-%dT%H:%M:%SZ')
result steady_due "$STEADY_FROM .. $STEADY_TO"
result burst_due "$BURST_AT"

# ---------------------------------------------------------------- the run
# what else uses the two cores meanwhile (the second of two top frames: the first is since boot)
(while sleep 14; do date -u +%T; top -b -n2 -d1 -c -o %CPU -w 220 | awk '/^top -/{f++} f==2' | sed -n '7,12p'; done) \
  >"$OUT/top.log" 2>&1 &
TOP_PID=$!
log "starting the monitor (-Xmx$XMX)"
T=$(now_ms)
start_monitor run
DB_PID=$(ss -ltnpH 'sport = :3306' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
KAFKA_PID=$(ss -ltnpH 'sport = :9092' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
"${BENCH[@]}" observe --out "$OUT" --jdbc "jdbc:mariadb://127.0.0.1:3306/$DB" \
  --topic "${PREFIX}sla-monitor.deadline.events" --expect $((STEADY + BURST)) \
  --steady-from "$STEADY_FROM" --steady-to "$STEADY_TO" --burst-at "$BURST_AT" \
  --timeout $(( T0_EPOCH + BURST_OFFSET_S + 1200 - $(date +%s) )) \
  --monitor-pid "$MONITOR_PID" --db-pid "${DB_PID:-0}" --kafka-pid "${KAFKA_PID:-0}" \
  --metrics "http://127.0.0.1:$PORT/q/metrics" --gc-log "$OUT/gc-run.log" >"$OUT/observer.log" 2>&1 &
OBSERVER_PID=$!
await_ready 300
result startup_to_ready_ms "$(( $(now_ms) - T ))"
(( $(date +%s) + 20 < T0_EPOCH )) || result WARNING "the monitor was ready less than 20 s before the first clock fell due"

# idle, N clocks loaded, nothing due within the scanner's horizon yet
sleep 15
jcmd "$MONITOR_PID" GC.run >/dev/null
sleep 1
jcmd "$MONITOR_PID" GC.heap_info >"$OUT/heap-idle.txt"
result idle_heap_after_full_gc "$(grep -o 'used [0-9]*K' "$OUT/heap-idle.txt" | head -1)"
result idle_rss "$(grep VmRSS /proc/"$MONITOR_PID"/status | tr -s ' ' | cut -d' ' -f2-)"
(( $(date +%s) < T0_EPOCH )) || result WARNING "the idle measurement ended after the first clock fell due"

log "waiting for $((STEADY + BURST)) overdue events (observer log: $OUT/observer.log)"
wait "$OBSERVER_PID" || die "the observer failed; see $OUT/observer.log"
OBSERVER_PID=""
# failures while it ran (a stopping monitor logs some of its own: not counted)
result raise_failures_logged "$(grep -c 'flags failed' "$OUT/monitor-run.log" || true)"
result relay_failures_logged "$(grep -c 'outbox relay batch failed' "$OUT/monitor-run.log" || true)"
jcmd "$MONITOR_PID" GC.run >/dev/null
sleep 1
jcmd "$MONITOR_PID" GC.heap_info >"$OUT/heap-after.txt"
result after_burst_heap_after_full_gc "$(grep -o 'used [0-9]*K' "$OUT/heap-after.txt" | head -1)"
stop_monitor
kill "$TOP_PID" 2>/dev/null || true
TOP_PID=""

result flags_total "$(sql 60 "$DB" -e "SELECT COUNT(*) FROM sla_flag")"
result flags_on_bulk_clocks "$(sql 600 "$DB" -e "SELECT COUNT(*) FROM sla_flag f JOIN deadline d ON d.id = f.deadline_id WHERE d.due_at > '$T0' + INTERVAL 1 DAY")"
result outbox_unsent "$(sql 60 "$DB" -e "SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL")"
result load_after "$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "# sla-monitor benchmark $STAMP"
  echo
  echo "command: deploy/sla-bench/run.sh --clocks $CLOCKS --burst $BURST --steady $STEADY --steady-seconds $STEADY_SECONDS --xmx $XMX${EXTRA:+ -- ${EXTRA[*]}}"
  echo
  echo '```'
  cat "$OUT/results.txt"
  cat "$OUT/lags.txt"
  echo '```'
} >"$OUT/report.md"
cat "$OUT/report.md"
log "done: $OUT/report.md"
