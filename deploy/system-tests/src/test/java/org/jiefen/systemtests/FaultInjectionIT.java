package org.jiefen.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults while a steady stream of disputes flows through the gateway: every service and the gateway
 * killed with SIGKILL at a random moment and restarted; the Kafka broker and MariaDB killed and
 * restarted; mediator-pool frozen with SIGSTOP for longer than its consumer session timeout, then
 * SIGCONT; routing's database connection, every service's database connections and intake's Kafka
 * connection cut and restored through TCP proxies. Then the evidence, read from every service's
 * database and from the topics: every dispute that got a 2xx was routed and assigned exactly once,
 * no outbox row is left unsent, no dead letter appeared, and after each fault the pipeline caught
 * up within 30 s. Finally the SLA monitor's clock is advanced past the stream's CENTER_ACK
 * deadlines, the monitor killed while it flags, and every flag is shown raised exactly once.
 * Figures go to target/fault-report.txt (docs/reliability.md quotes them).
 */
@ExtendWith(StackExtension.class)
class FaultInjectionIT {

  static final int RATE = 6;

  /** An upper bound; the stream stops a few seconds after the last fault's recovery. */
  static final int MAX = 5000;

  static final Duration RECOVERY = Duration.ofSeconds(30);
  static final List<String> SERVICES =
      List.of(
          "intake", "routing", "mediator-pool", "judicial-confirmation", "sla-monitor", "gateway");

  /** service → its database (deploy/local/lib.sh); the gateway has none. */
  static final Map<String, String> DATABASES =
      Map.of(
          "intake", "jiefen_intake",
          "routing", "jiefen_routing",
          "mediator-pool", "jiefen_mediator_pool",
          "judicial-confirmation", "jiefen_judicial",
          "sla-monitor", "jiefen_sla");

  final Random random = new Random();
  final Map<String, String> figures = new LinkedHashMap<>();
  final Set<String> assignedKnown = new HashSet<>();
  DisputeStream stream;

  @Test
  void everyAcceptedDisputeIsRoutedAndAssignedExactlyOnceWhateverFails() throws Exception {
    Map<String, Long> dlqBefore = Ledger.endOffsets(Ledger.DLQ_TOPICS);
    TcpProxy routingDb = new TcpProxy(0, 3306);
    TcpProxy sharedDb = new TcpProxy(0, 3306);
    TcpProxy intakeKafka = new TcpProxy(19094, 9094);
    Set<String> onProxies = new HashSet<>();
    long testStart = System.currentTimeMillis();
    try {
      stream = DisputeStream.start(RATE, MAX);
      await("the stream flows end to end")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(() -> caughtUpTo(stream.millis() - 2000) && stream.acceptedSince(0) > 0);

      pause();
      long kafkaAt = stream.millis();
      StackProcesses.kill9("kafka");
      StackProcesses.infraUp(); // the broker's own restart (log recovery) takes 10–20 s here
      long kafkaBack = recovered("kill -9 kafka, restarted at once", kafkaAt);
      // the outbox's point: the broker's absence does not stop intake accepting disputes
      assertEquals(
          List.of(),
          stream.sent().stream()
              .filter(s -> s.atMillis() >= kafkaAt && s.atMillis() < kafkaBack && !s.accepted())
              .map(s -> s.atMillis() + " ms: " + s.status())
              .toList(),
          "creates refused while Kafka was down");

      for (String service : SERVICES) {
        pause();
        long at = stream.millis();
        StackProcesses.kill9(service);
        Map<String, String> env = new HashMap<>();
        if (service.equals("intake")) {
          // deploy/kafka/server.properties: the PROXIED listener advertises the proxy's port
          env.put("JIEFEN_KAFKA", "127.0.0.1:" + intakeKafka.port());
        }
        if (DATABASES.containsKey(service)) {
          // routing alone on its own proxy; the other services share one (a whole-database outage)
          TcpProxy db = service.equals("routing") ? routingDb : sharedDb;
          env.put(
              "JIEFEN_DB_URL",
              "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + DATABASES.get(service));
          onProxies.add(service);
        }
        StackProcesses.restart(service, env);
        recovered("kill -9 " + service, at);
      }

      if (StackProcesses.hasPidFile("mariadb")) {
        pause();
        long dbAt = stream.millis();
        StackProcesses.kill9("mariadb");
        pauseFor(5);
        StackProcesses.infraUp();
        recovered("kill -9 mariadb (down 5 s)", dbAt);
      } else {
        figures.put(
            "kill -9 mariadb",
            "not run: this MariaDB was not started by deploy/local (no PID file), so the test"
                + " leaves it alone");
      }

      pause();
      long outageAt = stream.millis();
      routingDb.cut();
      sharedDb.cut();
      pauseFor(8);
      sharedDb.restore();
      routingDb.restore();
      recovered("every service's database connections cut 8 s (TCP proxies)", outageAt);

      pause();
      long stopAt = stream.millis();
      StackProcesses.signal("mediator-pool", "STOP");
      pauseFor(15); // the consumers' session timeout is 10 s (platform microprofile-config)
      StackProcesses.signal("mediator-pool", "CONT");
      recovered("SIGSTOP mediator-pool 15 s (consumer session timeout 10 s)", stopAt);

      pause();
      long cutAt = stream.millis();
      routingDb.cut();
      pauseFor(10);
      routingDb.restore();
      recovered("routing's database connection cut 10 s (TCP proxy)", cutAt);

      pause();
      long kafkaCutAt = stream.millis();
      intakeKafka.cut();
      pauseFor(10);
      intakeKafka.restore();
      recovered("intake's Kafka connection cut 10 s (TCP proxy)", kafkaCutAt);

      pauseFor(3);
      stream.stop();
      await("the stream's last answers")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(stream::finished);
      figures.put("stream", stream.statuses() + " over " + stream.millis() / 1000 + " s");
      stream.close();
      List<String> ids = stream.acceptedIds();
      figures.put("disputes accepted (2xx)", Integer.toString(ids.size()));
      assertTrue(
          ids.size() > stream.sent().size() / 2,
          "most creates were accepted: " + stream.statuses());

      provedExactlyOnce(ids, dlqBefore);
      provedFlagsExactlyOnce(ids);
    } finally {
      if (stream != null) {
        stream.close();
      }
      restoreStack(onProxies);
      routingDb.close();
      sharedDb.close();
      intakeKafka.close();
      figures.put("whole test", (System.currentTimeMillis() - testStart) / 1000 + " s");
      writeReport();
    }
  }

  /** A random moment: 2–6 s of the stream between faults. */
  private void pause() throws InterruptedException {
    Thread.sleep(2000 + random.nextInt(4000));
  }

  private static void pauseFor(int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
  }

  /**
   * The fault ended now; recovered when every dispute accepted for a create sent before now has its
   * assignment, and so has one sent after — the pipeline is flowing end to end again.
   */
  private long recovered(String fault, long faultAt) {
    long endedAt = stream.millis();
    long[] doneAt = new long[1];
    try {
      await(fault + ": caught up")
          .atMost(RECOVERY)
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .until(
              () -> {
                if (!caughtUpTo(endedAt) || !anyAssignedAfter(endedAt)) {
                  return false;
                }
                doneAt[0] = stream.millis();
                return true;
              });
    } catch (RuntimeException e) {
      long pending =
          stream.sent().stream()
              .filter(s -> s.accepted() && s.atMillis() < endedAt)
              .filter(s -> !assignedKnown.contains(s.id()))
              .count();
      figures.put(fault, "NOT caught up within 30 s: " + pending + " accepted disputes unassigned");
      throw e;
    }
    long failed =
        stream.sent().stream()
            .filter(s -> s.atMillis() >= faultAt && s.atMillis() < endedAt && !s.accepted())
            .count();
    figures.put(
        fault,
        "fault lasted %.1f s, caught up %.1f s after it ended; creates refused or failed meanwhile: %d"
            .formatted((endedAt - faultAt) / 1000.0, (doneAt[0] - endedAt) / 1000.0, failed));
    return endedAt;
  }

  /** Every dispute accepted for a create sent before {@code millis} has an assignment row. */
  private boolean caughtUpTo(long millis) throws SQLException {
    Set<String> wanted =
        stream.sent().stream()
            .filter(s -> s.accepted() && s.atMillis() < millis)
            .map(DisputeStream.Sent::id)
            .filter(id -> !assignedKnown.contains(id))
            .collect(Collectors.toSet());
    if (!wanted.isEmpty()) {
      assignedKnown.addAll(
          Ledger.countPerDispute("mediator_pool", "assignment", "", wanted).keySet());
      wanted.removeAll(assignedKnown);
    }
    return wanted.isEmpty();
  }

  private boolean anyAssignedAfter(long millis) throws SQLException {
    Set<String> after =
        stream.sent().stream()
            .filter(s -> s.accepted() && s.atMillis() >= millis)
            .map(DisputeStream.Sent::id)
            .collect(Collectors.toSet());
    if (after.isEmpty()) {
      return false;
    }
    if (after.stream().anyMatch(assignedKnown::contains)) {
      return true;
    }
    return !Ledger.countPerDispute("mediator_pool", "assignment", "", after).isEmpty();
  }

  private void provedExactlyOnce(List<String> ids, Map<String, Long> dlqBefore) throws Exception {
    Set<String> wanted = new HashSet<>(ids);
    await("every accepted dispute assigned, every outbox drained")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                Ledger.countPerDispute("mediator_pool", "assignment", "", wanted).size()
                        == wanted.size()
                    && Ledger.unsentOutbox().values().stream().allMatch(n -> n == 0));

    assertEquals(wanted.size(), countIntake(wanted), "intake holds every accepted dispute");
    Map<String, Integer> decisions =
        Ledger.countPerDispute("routing", "routing_decision", "", wanted);
    Map<String, Integer> assignments =
        Ledger.countPerDispute("mediator_pool", "assignment", "", wanted);
    assertEquals(wanted.size(), decisions.size(), "every accepted dispute was routed");
    assertEquals(Map.of(), onlyNotOne(decisions), "routing decisions per dispute other than one");
    assertEquals(wanted.size(), assignments.size(), "every accepted dispute was assigned");
    assertEquals(Map.of(), onlyNotOne(assignments), "assignments per dispute other than one");

    List<Ledger.Event> routed = Ledger.read("routing.dispute.events", wanted::contains);
    List<Ledger.Event> assigned = Ledger.read("mediator-pool.mediation.events", wanted::contains);
    Map<String, Set<String>> routedIds =
        Ledger.eventIdsPerDispute(routed, Set.of("dispute.routed.v1"));
    Map<String, Set<String>> assignedIds =
        Ledger.eventIdsPerDispute(assigned, Set.of("dispute.assigned.v1", "dispute.unassigned.v1"));
    assertEquals(wanted, routedIds.keySet(), "a dispute.routed.v1 on the topic for each");
    assertEquals(
        Map.of(),
        notOne(routedIds),
        "distinct dispute.routed.v1 events per dispute other than one");
    assertEquals(wanted, assignedIds.keySet(), "a dispute.assigned/unassigned.v1 for each");
    assertEquals(
        Map.of(), notOne(assignedIds), "distinct assignment events per dispute other than one");
    long unassigned =
        assigned.stream().filter(e -> e.type().equals("dispute.unassigned.v1")).count();
    figures.put(
        "routed / assigned exactly once",
        "%d disputes: %d routing decisions, %d assignment rows (%d unassigned: no capacity left);"
                .formatted(
                    wanted.size(),
                    decisions.values().stream().mapToInt(Integer::intValue).sum(),
                    assignments.values().stream().mapToInt(Integer::intValue).sum(),
                    unassigned)
            + " records re-sent by an outbox relay after a crash (same event id): routed %d, assigned %d"
                .formatted(
                    routed.stream().filter(e -> e.type().equals("dispute.routed.v1")).count()
                        - wanted.size(),
                    assigned.stream().filter(e -> e.type().startsWith("dispute.")).count()
                        - wanted.size()));

    Map<String, Long> dlqAfter = Ledger.endOffsets(Ledger.DLQ_TOPICS);
    Map<String, List<String>> deadLetters = new HashMap<>();
    for (String topic : Ledger.DLQ_TOPICS) {
      if (dlqAfter.get(topic) > dlqBefore.get(topic)) {
        deadLetters.put(topic, Ledger.recordsAfter(topic, dlqBefore.get(topic)));
      }
    }
    assertEquals(Map.of(), deadLetters, "no dead letters during the faults");
    figures.put("outbox rows unsent at the end", Ledger.unsentOutbox().toString());
    figures.put("dead letters during the test", "none");
  }

  private static long countIntake(Set<String> ids) throws SQLException {
    List<String> all = new ArrayList<>(ids);
    long n = 0;
    try (Connection c = Ledger.db("intake")) {
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM dispute WHERE id IN (" + marks + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            n += rs.getLong(1);
          }
        }
      }
    }
    return n;
  }

  /**
   * The monitor's clock advanced past the last CENTER_ACK deadline of the stream's disputes (a
   * one-working-day clock whose consequence is only a flag), the monitor killed while it flags and
   * restarted: every such deadline is flagged OVERDUE, and each flag row has exactly one event.
   */
  private void provedFlagsExactlyOnce(List<String> ids) throws Exception {
    Map<String, String> deadlines = new HashMap<>(); // deadline id → dispute id
    Instant lastDue = Instant.EPOCH;
    List<String> all = new ArrayList<>(ids);
    try (Connection c = Ledger.db("sla")) {
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, dispute_id, UNIX_TIMESTAMP(due_at) FROM deadline WHERE clock = 'CENTER_ACK'"
                    + " AND dispute_id IN ("
                    + marks
                    + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              deadlines.put(rs.getString(1), rs.getString(2));
              Instant due = Instant.ofEpochMilli(Math.round(rs.getDouble(3) * 1000));
              lastDue = due.isAfter(lastDue) ? due : lastDue;
            }
          }
        }
      }
    }
    assertEquals(ids.size(), deadlines.size(), "a CENTER_ACK clock opened for every dispute");
    try {
      SlaClock.advanceTo(lastDue.plus(Duration.ofHours(1)));
      long flaggingFrom = System.currentTimeMillis();
      StackProcesses.kill9("sla-monitor");
      StackProcesses.restart("sla-monitor", Map.of());
      Set<String> deadlineIds = deadlines.keySet();
      await("every CENTER_ACK clock flagged overdue")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(
              () ->
                  flagRows(deadlineIds).stream().filter(f -> f.endsWith("OVERDUE")).count()
                          == deadlineIds.size()
                      && Ledger.unsentOutbox().get("sla") == 0);
      figures.put(
          "flags after the clock advance, sla-monitor killed meanwhile",
          "%d CENTER_ACK clocks flagged overdue %.1f s after the advance"
              .formatted(deadlineIds.size(), (System.currentTimeMillis() - flaggingFrom) / 1000.0));
      List<String> rows = flagRows(deadlineIds);
      List<Ledger.Event> events =
          Ledger.read("sla-monitor.deadline.events", new HashSet<>(ids)::contains).stream()
              .filter(e -> e.type().equals("sla.warning.v1") || e.type().equals("sla.overdue.v1"))
              .filter(e -> deadlineIds.contains(e.payload().path("deadlineId").asText()))
              .toList();
      Map<String, Set<String>> perFlag =
          events.stream()
              .collect(
                  Collectors.groupingBy(
                      e ->
                          e.payload().path("deadlineId").asText()
                              + "/"
                              + e.payload().path("deadlineVersion").asText()
                              + "/"
                              + (e.type().equals("sla.warning.v1") ? "WARNING" : "OVERDUE"),
                      Collectors.mapping(Ledger.Event::eventId, Collectors.toSet())));
      assertEquals(new HashSet<>(rows), perFlag.keySet(), "one flag event per flag row");
      assertEquals(Map.of(), notOne(perFlag), "distinct events per flag other than one");
      figures.put(
          "SLA flags exactly once",
          "%d flag rows (warnings and overdue), %d events on the topic (%d re-sent, same id)"
              .formatted(rows.size(), events.size(), events.size() - rows.size()));
    } finally {
      SlaClock.reset();
    }
  }

  /** "deadline/version/kind" of each flag row of those deadlines. */
  private static List<String> flagRows(Set<String> deadlineIds) throws SQLException {
    List<String> rows = new ArrayList<>();
    List<String> all = new ArrayList<>(deadlineIds);
    try (Connection c = Ledger.db("sla")) {
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT deadline_id, version, kind FROM sla_flag WHERE deadline_id IN ("
                    + marks
                    + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3));
            }
          }
        }
      }
    }
    return rows;
  }

  private static Map<String, Integer> onlyNotOne(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() != 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Map<String, Set<String>> notOne(Map<String, Set<String>> ids) {
    return ids.entrySet().stream()
        .filter(e -> e.getValue().size() != 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** MariaDB and Kafka up, nothing frozen, every service running on its usual addresses. */
  private static void restoreStack(Set<String> onProxies) {
    try {
      StackProcesses.infraUp();
    } catch (RuntimeException e) {
      // reported by the failing assertion; the next step tries the services anyway
    }
    for (String service : SERVICES) {
      try {
        if (StackProcesses.alive(service)) {
          StackProcesses.signal(service, "CONT");
        }
        if (!StackProcesses.alive(service) || onProxies.contains(service)) {
          StackProcesses.restart(service, Map.of());
        }
      } catch (RuntimeException e) {
        // keep restoring the others
      }
    }
  }

  private void writeReport() throws IOException {
    Path report = Stack.root().resolve("deploy/system-tests/target/fault-report.txt");
    Files.createDirectories(report.getParent());
    String text =
        figures.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(report, text);
    System.out.print("[fault report]\n" + text);
  }
}
