package org.jiefen.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The proofs the fault and scale-out tests end with, read from every database and topic: each
 * accepted dispute routed and assigned exactly once with one event each, no outbox row unsent, no
 * dead letter; each SLA flag raised once with one event.
 */
final class ExactlyOnce {

  private ExactlyOnce() {}

  static void provedExactlyOnce(
      List<String> ids, Map<String, Long> dlqBefore, Map<String, String> figures) throws Exception {
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

  static long countIntake(Set<String> ids) throws SQLException {
    long[] n = {0};
    Ledger.eachRowIn(
        "intake", "SELECT COUNT(*) FROM dispute WHERE id IN ", ids, rs -> n[0] += rs.getLong(1));
    return n[0];
  }

  /**
   * The monitor's clock advanced past the last CENTER_ACK deadline of the stream's disputes (a
   * one-working-day clock whose consequence is only a flag), the monitor killed while it flags and
   * restarted: every such deadline is flagged OVERDUE, and each flag row has exactly one event.
   */
  static void provedFlagsExactlyOnce(
      List<String> ids, Map<String, String> figures, Runnable whileFlagging) throws Exception {
    Map<String, String> deadlines = new HashMap<>(); // deadline id → dispute id
    Instant[] last = {Instant.EPOCH};
    Ledger.eachRowIn(
        "sla",
        "SELECT id, dispute_id, UNIX_TIMESTAMP(due_at) FROM deadline WHERE clock = 'CENTER_ACK'"
            + " AND dispute_id IN ",
        ids,
        rs -> {
          deadlines.put(rs.getString(1), rs.getString(2));
          Instant due = Instant.ofEpochMilli(Math.round(rs.getDouble(3) * 1000));
          last[0] = due.isAfter(last[0]) ? due : last[0];
        });
    Instant lastDue = last[0];
    assertEquals(ids.size(), deadlines.size(), "a CENTER_ACK clock opened for every dispute");
    try {
      SlaClock.advanceTo(lastDue.plus(Duration.ofHours(1)));
      long flaggingFrom = System.currentTimeMillis();
      whileFlagging.run();
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
          "flags after the clock advance",
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
  static List<String> flagRows(Set<String> deadlineIds) throws SQLException {
    List<String> rows = new ArrayList<>();
    Ledger.eachRowIn(
        "sla",
        "SELECT deadline_id, version, kind FROM sla_flag WHERE deadline_id IN ",
        deadlineIds,
        rs -> rows.add(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)));
    return rows;
  }

  static Map<String, Integer> onlyNotOne(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() != 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static Map<String, Set<String>> notOne(Map<String, Set<String>> ids) {
    return ids.entrySet().stream()
        .filter(e -> e.getValue().size() != 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
