#!/usr/bin/env bash
# MariaDB and the Kafka broker: what the services and their integration tests need.
#   infra.sh up | down | status | reset-stack-data
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_HOME="$DATA/kafka"
KAFKA_LIBS="$KAFKA_HOME/libs"

mariadb_up() {
  if ! port_open 3306; then
    ensure_pkg mariadbd mariadb-server
    install -d -o mysql -g mysql /run/mysqld
    log "starting MariaDB"
    start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$RUN/mariadb.pid" \
      --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
    touch "$RUN/mariadb.started-here"
    wait_port 3306 60 || die "MariaDB did not open 3306"
  fi
  ensure_pkg mariadb mariadb-client
  local user db sql=""
  for user in "${!DATABASE[@]}"; do
    db=${DATABASE[$user]}
    for host in localhost 127.0.0.1; do
      sql+="CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$user-local';"
      # a user left from an older setup gets the password the services are configured with
      sql+="ALTER USER '$user'@'$host' IDENTIFIED BY '$user-local';"
      sql+="GRANT ALL ON \`$db\`.* TO '$user'@'$host'; GRANT ALL ON \`${db}_test\`.* TO '$user'@'$host';"
      # databases of process-level tests and benchmarks (e.g. jiefen_sla_test_restart), made by them
      sql+="GRANT ALL ON \`${db}\\_test\\_%\`.* TO '$user'@'$host'; GRANT ALL ON \`${db}\\_bench%\`.* TO '$user'@'$host';"
    done
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    sql+="CREATE DATABASE IF NOT EXISTS \`${db}_test\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  done
  mariadb -uroot -e "$sql" || die "cannot create databases (MariaDB root must log in over the unix socket)"
}

kafka_libs() {
  if [[ ! -f "$KAFKA_LIBS/.complete" ]]; then
    log "fetching Kafka broker jars (Maven Central)"
    rm -rf "$KAFKA_LIBS"
    mvnw -f "$ROOT/deploy/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$KAFKA_LIBS"
    touch "$KAFKA_LIBS/.complete"
  fi
}

kafka_up() {
  if running kafka; then return 0; fi
  if port_open 9092; then
    log "a Kafka broker already answers on 9092; using it"
    return 0
  fi
  kafka_libs
  local props="$KAFKA_HOME/server.properties"
  sed "s#^log.dirs=.*##" "$ROOT/deploy/kafka/server.properties" >"$props"
  echo "log.dirs=$KAFKA_HOME/data" >>"$props"
  if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
    local cluster
    cluster=$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid)
    java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format -t "$cluster" -c "$props" >/dev/null
  fi
  log "starting Kafka (KRaft)"
  start_bg kafka "$LOGS/kafka.out" java -Xmx512m -Dkafka.logs.dir="$LOGS" \
    -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$props"
  wait_port 9092 90 || die "Kafka did not open 9092; see $LOGS/kafka.log"
}

kafka_topics() {
  kafka_libs
  local existing topic partitions configs
  existing=$(java -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server 127.0.0.1:9092 --list 2>/dev/null)
  while read -r topic partitions configs; do
    [[ -z "$topic" || "$topic" == \#* ]] && continue
    grep -qx "$topic" <<<"$existing" && continue
    local args=() config
    for config in ${configs//,/ }; do args+=(--config "$config"); done
    java -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 \
      --create --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor 1 \
      "${args[@]}" >/dev/null
    log "created topic $topic ($partitions partitions)"
  done <"$ROOT/deploy/kafka/topics.txt"
}

case "${1:-up}" in
  up)
    mariadb_up
    kafka_up
    kafka_topics
    log "MariaDB 127.0.0.1:3306 and Kafka 127.0.0.1:9092 are up"
    ;;
  down)
    stop_pid kafka 60
    if [[ -f "$RUN/mariadb.started-here" ]]; then
      stop_pid mariadb 60
      rm -f "$RUN/mariadb.started-here"
    fi
    ;;
  reset-stack-data)
    # Empties the local stack's own databases (never the *_test ones of the modules' tests). The
    # system tests advance the stack's clock, which acts on every dispute the stack holds: with
    # thousands left by earlier runs (fault tests stream >1 000 each) their escalations and
    # reassignments queue ahead of the test's own dispute. The services must be stopped.
    for s in "${SERVICES[@]}"; do running "$s" && die "stop the stack first (deploy/local/down.sh)"; done
    mariadb_up
    sql=""
    for user in "${!DATABASE[@]}"; do
      db=${DATABASE[$user]}
      sql+="DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    done
    mariadb -uroot -e "$sql"
    log "emptied the stack's databases: ${DATABASE[*]}"
    ;;
  status)
    port_open 3306 && echo "mariadb   up    :3306" || echo "mariadb   down  :3306"
    if port_open 9092; then echo "kafka     up    :9092 pid $(pid_of kafka || echo external)"; else echo "kafka     down  :9092"; fi
    ;;
  *) die "usage: infra.sh up|down|status|reset-stack-data" ;;
esac
