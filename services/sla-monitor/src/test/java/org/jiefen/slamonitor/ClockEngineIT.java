package org.jiefen.slamonitor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.repository.FlagTimer;
import org.jiefen.slamonitor.timer.FlagService;
import org.jiefen.slamonitor.timer.TimeSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clocks at work against the real MariaDB and Kafka: flags raised once per version when the
 * (advanced) clock passes them, stage clocks handed over on a transfer while the dispute's clock
 * runs on, pauses and extensions moving the deadline, the board, and versioned policies.
 */
@QuarkusTest
class ClockEngineIT {

  static final String OUT = SlaMonitorIT.OUT;
  static final String MINLE = "longhua.minzhi.minle";

  @Inject DeadlineRepository deadlines;
  @Inject FlagService flags;
  @Inject TimeSource time;
  @Inject ObjectMapper mapper;

  @BeforeEach
  void seeds() throws Exception {
    SlaMonitorIT.resetClock();
    new SlaMonitorIT().loadSeeds();
  }

  static String event(String type, String eventId, String disputeId, Instant at, String more) {
    return """
        {"eventId":"%s","type":"%s","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"test"},"centerCode":"%s"%s}
        """
        .formatted(eventId, type, at, disputeId, MINLE, more);
  }

  static String send(String topic, String type, String disputeId, Instant at, String more) {
    String id = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(topic, disputeId, id, type, event(type, id, disputeId, at, more));
    return id;
  }

  static String assigned(String disputeId, Instant at) {
    return send(
        "test.mediator-pool.mediation.events",
        "dispute.assigned.v1",
        disputeId,
        at,
        ",\"mediatorCode\":\"M1\",\"mediatorName\":\"王\",\"trace\":{\"rule\":\"r\",\"candidates\":[]}");
  }

  static String routed(String disputeId, Instant at, String center, String previous, String type) {
    String id = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        id,
        "dispute.routed.v1",
        """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"centerCode":"%s","centerLevel":"COMMUNITY",
         "previousCenterCode":%s,"category":"LABOR","mediationType":"%s","flags":[],
         "trace":{"rule":"r","inputs":{},"alternatives":[]}}
        """
            .formatted(
                id,
                at,
                disputeId,
                center,
                previous == null ? "null" : "\"" + previous + "\"",
                type));
    return id;
  }

  private List<Deadline> of(String disputeId) {
    return QuarkusTransaction.requiringNew().call(() -> deadlines.ofDispute(disputeId));
  }

  private Deadline clock(String disputeId, String clock) {
    return of(disputeId).stream().filter(d -> d.clock().equals(clock)).findFirst().orElseThrow();
  }

  private void awaitClockAt(String disputeId, String clock, String center) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                of(disputeId).stream()
                    .anyMatch(d -> d.clock().equals(clock) && d.centerCode().equals(center)));
  }

  private List<JsonNode> flagsOf(String disputeId, String type, int count, Duration wait)
      throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (var r :
        KafkaTestSupport.read(
            OUT,
            r -> disputeId.equals(r.key()) && type.equals(KafkaTestSupport.header(r, "event-type")),
            l -> l.size() >= count,
            wait)) {
      JsonNode e = mapper.readTree(r.value());
      assertEquals(List.of(), EventSchemas.violations(type, e));
      out.add(e);
    }
    return out;
  }

  static void advance(String duration) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"duration\":\"" + duration + "\"}")
        .post("/api/v1/admin/clock/advance")
        .then()
        .statusCode(200);
  }

  @Test
  void anUnacceptedAssignmentIsWarnedThenFlaggedOverdueOnceWithItsConsequence() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    String assignedEvent = assigned(disputeId, time.now());
    await().atMost(Duration.ofSeconds(30)).until(() -> !of(disputeId).isEmpty());

    advance("P10D");
    List<JsonNode> warning = flagsOf(disputeId, "sla.warning.v1", 2, Duration.ofSeconds(8));
    List<JsonNode> overdue = flagsOf(disputeId, "sla.overdue.v1", 3, Duration.ofSeconds(8));
    // MEDIATOR_ACCEPT and PEOPLES_MEDIATION both started; only the 3-working-day one is due
    assertEquals(1, warning.size(), "one warning");
    assertEquals(1, overdue.size(), "one overdue flag");
    JsonNode flag = overdue.get(0);
    assertEquals("MEDIATOR_ACCEPT", flag.path("clock").asText());
    assertEquals("REASSIGN", flag.path("consequence").asText());
    assertEquals(assignedEvent, flag.path("startEventId").asText());
    assertEquals(MINLE, flag.path("centerCode").asText());
    assertEquals(Deadline.OVERDUE, clock(disputeId, "MEDIATOR_ACCEPT").state());

    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/sla/board?state=OVERDUE&size=200")
        .then()
        .statusCode(200)
        .body("items.disputeId", hasItem(disputeId));
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/sla/board?state=OVERDUE&size=200")
        .then()
        .statusCode(200)
        .body("items.disputeId", not(hasItem(disputeId)));
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/sla/board?centerCode=" + MINLE)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + disputeId + "/deadlines")
        .then()
        .statusCode(200)
        .body("find { it.clock == 'MEDIATOR_ACCEPT' }.state", equalTo("OVERDUE"));

    // stopped late: LATE, and no further flag for it
    send(
        "test.mediator-pool.mediation.events",
        "mediation.accepted.v1",
        disputeId,
        time.now(),
        ",\"mediatorCode\":\"M1\",\"assignmentId\":1");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Deadline.LATE.equals(clock(disputeId, "MEDIATOR_ACCEPT").state()));
  }

  @Test
  void aClockOpenedAfterTheClockWasAdvancedStartsAtTheAdvancedTime() {
    advance("P10D");
    String disputeId = UUID.randomUUID().toString();
    // other services stamp their events with the real clock
    assigned(disputeId, Instant.now());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> of(disputeId).stream().anyMatch(d -> d.clock().equals("MEDIATOR_ACCEPT")));
    Deadline accept = clock(disputeId, "MEDIATOR_ACCEPT");
    assertTrue(
        Duration.between(accept.startedAt(), time.now()).abs().compareTo(Duration.ofMinutes(1)) < 0,
        "started " + accept.startedAt() + ", monitor's now " + time.now());
    assertEquals(Deadline.OPEN, accept.state(), "not run out the moment it opened");
  }

  @Test
  void aBatchRaisedAgainAfterACrashRaisesNothingTwice() {
    String disputeId = UUID.randomUUID().toString();
    assigned(disputeId, time.now().minus(Duration.ofDays(30)));
    await().atMost(Duration.ofSeconds(30)).until(() -> !of(disputeId).isEmpty());
    // let the scanner raise what is owed, then replay the same timers as a restarted instance would
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Deadline.OVERDUE.equals(clock(disputeId, "MEDIATOR_ACCEPT").state()));
    Deadline d = clock(disputeId, "MEDIATOR_ACCEPT");
    List<FlagTimer> replay =
        List.of(
            new FlagTimer(d.id(), d.version(), Deadline.Flag.WARNING, d.warnAt()),
            new FlagTimer(d.id(), d.version(), Deadline.Flag.OVERDUE, d.dueAt()));
    assertEquals(0, flags.raise(replay, time.now()).count());
    long raised =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            deadlines
                                .getEntityManager()
                                .createNativeQuery(
                                    "select count(*) from sla_flag where deadline_id = ?1")
                                .setParameter(1, d.id())
                                .getSingleResult())
                        .longValue());
    // it opened already past its warning point: straight to the overdue flag, raised once ever
    assertEquals(1, raised, "one overdue flag, ever");
  }

  @Test
  void aTransferHandsTheStageClockOverWhileTheDisputesClockRunsOn() {
    String disputeId = UUID.randomUUID().toString();
    Instant t0 = time.now();
    routed(disputeId, t0, MINLE, null, "PEOPLES");
    await().atMost(Duration.ofSeconds(30)).until(() -> of(disputeId).size() >= 2);
    routed(disputeId, t0.plusSeconds(60), "longhua.minzhi", MINLE, "PEOPLES");
    awaitClockAt(disputeId, "CENTER_ACK", "longhua.minzhi");
    Map<String, String> byCenter =
        of(disputeId).stream()
            .filter(d -> d.clock().equals("CENTER_ACK"))
            .collect(Collectors.toMap(Deadline::centerCode, Deadline::state));
    assertEquals(Map.of(MINLE, Deadline.HANDED_OVER, "longhua.minzhi", Deadline.OPEN), byCenter);
    assertEquals(
        1,
        of(disputeId).stream().filter(d -> d.clock().equals("LABOR_MEDIATION")).count(),
        "the dispute's labour clock survives the transfer, never doubled");
    assertEquals(
        "longhua.minzhi",
        clock(disputeId, "LABOR_MEDIATION").centerCode(),
        "its flags name the street that holds the dispute now");
  }

  /**
   * Routing's and mediator-pool's events travel on different topics: an assignment made at the
   * community just before staff transferred the case up can reach the monitor after the transfer.
   * Found by the system test: the community's acceptance clock then ran on, and was flagged at the
   * community, for a case the street held.
   */
  @Test
  void anAssignmentThatArrivesAfterTheTransferThatEndedItsStageOpensNoClockAtTheOldCenter() {
    String disputeId = UUID.randomUUID().toString();
    Instant t0 = time.now();
    routed(disputeId, t0, MINLE, null, "PEOPLES");
    routed(disputeId, t0.plusSeconds(60), "longhua.minzhi", MINLE, "PEOPLES");
    awaitClockAt(disputeId, "CENTER_ACK", "longhua.minzhi");
    assigned(disputeId, t0.plusSeconds(30));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> of(disputeId).stream().anyMatch(d -> d.clock().equals("PEOPLES_MEDIATION")));
    assertEquals(
        "longhua.minzhi",
        clock(disputeId, "PEOPLES_MEDIATION").centerCode(),
        "the dispute's own clock opens at the center that holds it");
    assertEquals(
        List.of(),
        of(disputeId).stream().filter(d -> d.clock().equals("MEDIATOR_ACCEPT")).toList(),
        "the community's stage had ended before its assignment was seen");
  }

  /**
   * A clock that runs into 2027 before the State Council's notice for 2027 is loaded is due by the
   * statutory holidays and weekends, marked provisional; loading the notice — data, no code —
   * recomputes it, and the change is announced. (The notice here is made up for the test.)
   */
  @Test
  void loadingTheNextYearsNoticeRecomputesEveryProvisionalDeadlineChunkByChunk() throws Exception {
    // three clocks, recomputed two per transaction in tests (jiefen.sla.recompute.chunk)
    List<String> disputes =
        List.of(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString());
    // Sun 20 Dec 2026, 10:00 Beijing: day 15 of the labour clock is Mon 4 Jan 2027, a working day
    // as far as the statute alone says
    disputes.forEach(
        id -> routed(id, Instant.parse("2026-12-20T02:00:00Z"), MINLE, null, "PEOPLES"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                disputes.stream()
                    .allMatch(
                        id -> of(id).stream().anyMatch(d -> d.clock().equals("LABOR_MEDIATION"))));
    for (String id : disputes) {
      Deadline before = clock(id, "LABOR_MEDIATION");
      assertTrue(before.provisional());
      assertEquals(java.time.LocalDate.parse("2027-01-04"), before.dueDate());
    }
    try {
      int recomputed =
          given()
              .auth()
              .oauth2(TestTokens.admin())
              .contentType("application/json")
              .body(
                  """
                  {"year":2027,"notice":"测试用通知（非真实）","holidays":["2027-01-01","2027-01-02",
                   "2027-01-03","2027-01-04"],"makeupWorkdays":[]}""")
              .put("/api/v1/sla/calendar/2027")
              .then()
              .statusCode(200)
              .extract()
              .path("recomputed");
      assertTrue(recomputed >= 3, "recomputed " + recomputed);

      for (String id : disputes) {
        Deadline after = clock(id, "LABOR_MEDIATION");
        assertEquals(false, after.provisional());
        assertEquals(
            java.time.LocalDate.parse("2027-01-05"), after.dueDate(), "Art. 85: next working day");
        assertEquals(Instant.parse("2027-01-05T15:59:59Z"), after.dueAt());
        JsonNode changed =
            KafkaTestSupport.read(
                    OUT,
                    r ->
                        id.equals(r.key())
                            && "deadline.changed.v1"
                                .equals(KafkaTestSupport.header(r, "event-type")),
                    l -> l.stream().anyMatch(r -> r.value().contains("LABOR_MEDIATION")),
                    Duration.ofSeconds(20))
                .stream()
                .map(r -> readTree(r.value()))
                .filter(e -> "LABOR_MEDIATION".equals(e.path("clock").asText()))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(), EventSchemas.violations("deadline.changed.v1", changed));
        assertEquals("RECOMPUTED", changed.path("change").asText());
        assertEquals("2027-01-05T15:59:59Z", changed.path("dueAt").asText());
        assertEquals(false, changed.path("provisional").asBoolean());
      }
    } finally {
      // other tests count on 2027 not being loaded
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  deadlines
                      .getEntityManager()
                      .createNativeQuery("delete from calendar_year where year = 2027")
                      .executeUpdate());
    }
  }

  private JsonNode readTree(String json) {
    try {
      return mapper.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anExpertAppraisalPausesTheCourtDelegatedClockAndItsDaysMoveTheDeadline() {
    String disputeId = UUID.randomUUID().toString();
    Instant t0 = time.now();
    routed(disputeId, t0, MINLE, null, "COURT_DELEGATED");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> of(disputeId).stream().anyMatch(d -> d.clock().equals("COURT_DELEGATED")));
    Deadline before = clock(disputeId, "COURT_DELEGATED");
    // a party's request pauses nothing; an expert appraisal of 5 days does
    send(
        "test.mediator-pool.mediation.events",
        "mediation.paused.v1",
        disputeId,
        t0.plus(Duration.ofDays(2)),
        ",\"assignmentId\":1,\"kind\":\"PARTY_REQUEST\"");
    send(
        "test.mediator-pool.mediation.events",
        "mediation.paused.v1",
        disputeId,
        t0.plus(Duration.ofDays(3)),
        ",\"assignmentId\":1,\"kind\":\"EXPERT_APPRAISAL\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Deadline.PAUSED.equals(clock(disputeId, "COURT_DELEGATED").state()));
    send(
        "test.mediator-pool.mediation.events",
        "mediation.resumed.v1",
        disputeId,
        t0.plus(Duration.ofDays(8)),
        ",\"assignmentId\":1,\"pausedSince\":\"" + t0.plus(Duration.ofDays(3)) + "\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> clock(disputeId, "COURT_DELEGATED").version() == 2);
    Deadline after = clock(disputeId, "COURT_DELEGATED");
    assertEquals(Deadline.OPEN, after.state());
    assertTrue(
        !after.dueDate().isBefore(before.dueDate().plusDays(5)),
        before.dueDate() + " → " + after.dueDate());
  }

  @Test
  void aChangedPolicyGetsANewVersionAndARunningClockKeepsItsOwn() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    assigned(disputeId, time.now());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> of(disputeId).stream().anyMatch(d -> d.clock().equals("MEDIATOR_ACCEPT")));
    Deadline running = clock(disputeId, "MEDIATOR_ACCEPT");
    String policy =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/sla/policies/MEDIATOR_ACCEPT")
            .asString();
    String longer = policy.replace("\"length\":3", "\"length\":5");
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(longer)
        .put("/api/v1/sla/policies/MEDIATOR_ACCEPT")
        .then()
        .statusCode(403);
    int version =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .contentType("application/json")
            .body(longer)
            .put("/api/v1/sla/policies/MEDIATOR_ACCEPT")
            .then()
            .statusCode(200)
            .body("length", equalTo(5))
            .body("updatedBy", equalTo("admin.jiefen"))
            .extract()
            .path("version");
    assertTrue(version > running.policyVersion());
    Deadline still = clock(disputeId, "MEDIATOR_ACCEPT");
    assertEquals(running.policyVersion(), still.policyVersion());
    assertEquals(running.dueDate(), still.dueDate());
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(policy.replace("\"clock\":\"MEDIATOR_ACCEPT\"", "\"clock\":\"OTHER\""))
        .put("/api/v1/sla/policies/MEDIATOR_ACCEPT")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("clock"));
    // put the seeded definition back for the other tests
    new SlaMonitorIT().loadSeeds();
  }

  @Test
  void theClockMovesOnlyForAdminsAndOnlyByAPositiveIsoDuration() {
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body("{\"duration\":\"P1D\"}")
        .post("/api/v1/admin/clock/advance")
        .then()
        .statusCode(403);
    for (String bad : List.of("16 days", "-P1D", "PT0S")) {
      given()
          .auth()
          .oauth2(TestTokens.admin())
          .contentType("application/json")
          .body("{\"duration\":\"" + bad + "\"}")
          .post("/api/v1/admin/clock/advance")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("duration"));
    }
    advance("PT6H");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/admin/clock")
        .then()
        .statusCode(200)
        .body("offset", not(equalTo("PT0S")));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/clock/reset")
        .then()
        .statusCode(200)
        .body("offset", equalTo("PT0S"));
    assertTrue(
        Duration.between(Instant.now(), time.now()).abs().compareTo(Duration.ofSeconds(5)) < 0,
        "back on the system clock");
  }
}
