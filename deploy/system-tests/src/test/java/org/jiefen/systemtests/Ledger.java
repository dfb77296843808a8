package org.jiefen.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the services wrote, read straight from their databases (each with its own user, as the
 * services connect) and from the broker's topics — the evidence the fault tests judge by.
 */
final class Ledger {

  /** database user → database (deploy/local/lib.sh DATABASE; password "&lt;user&gt;-local"). */
  static final Map<String, String> DATABASES =
      Map.of(
          "intake", "jiefen_intake",
          "routing", "jiefen_routing",
          "mediator_pool", "jiefen_mediator_pool",
          "judicial", "jiefen_judicial",
          "sla", "jiefen_sla");

  static final List<String> DLQ_TOPICS =
      List.of(
          "intake.dlq",
          "routing.dlq",
          "mediator-pool.dlq",
          "judicial-confirmation.dlq",
          "sla-monitor.dlq");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Ledger() {}

  static Connection db(String user) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:3306/" + DATABASES.get(user), user, user + "-local");
  }

  /** Rows per dispute id of {@code select dispute_id, count(*) ... where dispute_id in (...)}. */
  static Map<String, Integer> countPerDispute(
      String user, String table, String extraWhere, Collection<String> ids) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    try (Connection c = db(user)) {
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
        String sql =
            "SELECT dispute_id, COUNT(*) FROM "
                + table
                + " WHERE dispute_id IN ("
                + marks
                + ")"
                + (extraWhere.isEmpty() ? "" : " AND " + extraWhere)
                + " GROUP BY dispute_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              counts.put(rs.getString(1), rs.getInt(2));
            }
          }
        }
      }
    }
    return counts;
  }

  /** A row of a result, read by a handler that may throw what JDBC throws. */
  interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code sqlEndingInIn} + "(?, …)" over the ids 500 at a time (MariaDB takes any number, the
   * statement stays small) and hands every row to {@code row}.
   */
  static void eachRowIn(String user, String sqlEndingInIn, Collection<String> ids, Row row)
      throws SQLException {
    List<String> all = new ArrayList<>(ids);
    try (Connection c = db(user)) {
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement(sqlEndingInIn + "(" + marks + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              row.read(rs);
            }
          }
        }
      }
    }
  }

  static long count(String user, String sql) throws SQLException {
    try (Connection c = db(user);
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Unsent outbox rows of every service's database. */
  static Map<String, Long> unsentOutbox() throws SQLException {
    Map<String, Long> unsent = new HashMap<>();
    for (String user : DATABASES.keySet()) {
      unsent.put(user, count(user, "SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL"));
    }
    return unsent;
  }

  static KafkaConsumer<String, String> consumer() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
    return new KafkaConsumer<>(p);
  }

  /** End offsets of each topic's partitions, summed per topic. */
  static Map<String, Long> endOffsets(Collection<String> topics) {
    try (KafkaConsumer<String, String> c = consumer()) {
      Map<String, Long> ends = new HashMap<>();
      for (String topic : topics) {
        List<TopicPartition> parts =
            c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        ends.put(topic, c.endOffsets(parts).values().stream().mapToLong(Long::longValue).sum());
      }
      return ends;
    }
  }

  /** Every record of a topic from the beginning to its end now (headers flattened as strings). */
  record Event(
      String key, String eventId, String type, JsonNode payload, Map<String, String> headers) {}

  static List<Event> read(String topic, Predicate<String> keyWanted) {
    List<Event> events = new ArrayList<>();
    try (KafkaConsumer<String, String> c = consumer()) {
      List<TopicPartition> parts =
          c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      long deadline = System.currentTimeMillis() + 120_000;
      while (parts.stream().anyMatch(p -> c.position(p) < ends.get(p))) {
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException("reading " + topic + " took over 2 minutes");
        }
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofSeconds(1))) {
          if (!keyWanted.test(r.key())) {
            continue;
          }
          Map<String, String> headers = new HashMap<>();
          for (Header h : r.headers()) {
            headers.put(
                h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
          }
          JsonNode payload;
          try {
            payload = MAPPER.readTree(r.value());
          } catch (Exception e) {
            payload = MAPPER.createObjectNode();
          }
          events.add(
              new Event(
                  r.key(),
                  headers.getOrDefault("event-id", payload.path("eventId").asText()),
                  headers.getOrDefault("event-type", payload.path("type").asText()),
                  payload,
                  headers));
        }
      }
    }
    return events;
  }

  /** The records a topic gained after {@code from} (per-topic sums of end offsets). */
  static List<String> recordsAfter(String topic, long fromTotal) {
    List<String> out = new ArrayList<>();
    long ends = endOffsets(List.of(topic)).get(topic);
    if (ends <= fromTotal) {
      return out;
    }
    // small topics: read all of it and report the newest records' reasons
    List<Event> all = read(topic, k -> true);
    for (Event e : all.subList(Math.max(0, all.size() - (int) (ends - fromTotal)), all.size())) {
      out.add(e.type() + " " + e.key() + " " + e.headers().get("dead-letter-reason"));
    }
    return out;
  }

  /** Distinct event ids per dispute for the given event types. */
  static Map<String, Set<String>> eventIdsPerDispute(List<Event> events, Set<String> types) {
    return events.stream()
        .filter(e -> types.contains(e.type()))
        .collect(
            Collectors.groupingBy(
                Event::key, Collectors.mapping(Event::eventId, Collectors.toSet())));
  }
}
