package org.jiefen.mediatorpool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.AssignmentStatus;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.outbox.OutboxRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediatorPoolIT {

  static final String IN = "test.routing.dispute.events";
  static final String OUT = "test.mediator-pool.mediation.events";
  static final String DLQ = "test.mediator-pool.dlq";
  static final String MINLE = "longhua.minzhi.minle";
  static final String BAISHILONG = "longhua.minzhi.baishilong";
  static final String GUIHUA = "longhua.guanlan.guihua";
  static final Duration WAIT = Duration.ofSeconds(30);

  @Inject AssignmentRepository assignments;
  @Inject OutboxRepository outbox;
  @Inject ObjectMapper mapper;

  /**
   * 民乐: grid.minle is the only mediator who can take a LABOR dispute (the others are a FAMILY
   * specialist and an inactive one), so every LABOR dispute there goes to grid.minle. 桂花 has nobody
   * for LABOR. Loaded before every test: the upsert must be repeatable.
   */
  @BeforeEach
  void seedRoster() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"mp-minle-grid","username":"grid.minle","name":"王网格","kind":"GRID",
              "centerCode":"longhua.minzhi.minle","specialties":[],"capacity":1000,"active":true},
             {"code":"mp-minle-family","username":null,"name":"李家事","kind":"PROFESSIONAL",
              "centerCode":"longhua.minzhi.minle","specialties":["FAMILY"],"capacity":10,"active":true},
             {"code":"mp-minle-retired","name":"赵退休","kind":"STAFF",
              "centerCode":"longhua.minzhi.minle","specialties":[],"capacity":10,"active":false},
             {"code":"mp-baishilong-grid","name":"陈白石","kind":"GRID",
              "centerCode":"longhua.minzhi.baishilong","specialties":[],"capacity":1000,"active":true},
             {"code":"mp-guihua-family","name":"周家事","kind":"PROFESSIONAL",
              "centerCode":"longhua.guanlan.guihua","specialties":["FAMILY"],"capacity":5,"active":true},
             {"code":"mp-guihua-off","name":"吴停用","kind":"GRID",
              "centerCode":"longhua.guanlan.guihua","specialties":[],"capacity":5,"active":false}]
            """)
        .put("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("upserted", equalTo(6));
  }

  static String routed(String eventId, String disputeId, String center, String category) {
    return """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"2026-11-23T03:00:00Z",
         "disputeId":"%s","actor":{"kind":"SYSTEM","subject":"routing"},"reason":null,
         "centerCode":"%s","centerLevel":"COMMUNITY","previousCenterCode":null,"category":"%s",
         "mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"community-of-location","inputs":{},"alternatives":[]},
         "parties":[{"role":"APPLICANT","name":"张三"},
                    {"role":"RESPONDENT","name":"某某物流有限公司","organization":"某某物流有限公司"}]}
        """
        .formatted(eventId, disputeId, center, category);
  }

  private static void sendRouted(String disputeId, String center, String category) {
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN, disputeId, eventId, "dispute.routed.v1", routed(eventId, disputeId, center, category));
  }

  private static List<ConsumerRecord<String, String>> published(
      String disputeId, String type, int count) {
    return KafkaTestSupport.read(
        OUT,
        r -> disputeId.equals(r.key()) && type.equals(KafkaTestSupport.header(r, "event-type")),
        l -> l.size() >= count,
        WAIT);
  }

  /** Routes a LABOR dispute to 民乐 and waits until its assignment to grid.minle is published. */
  private String assignedToGridMinle() {
    String disputeId = UUID.randomUUID().toString();
    sendRouted(disputeId, MINLE, "LABOR");
    assertEquals(1, published(disputeId, "dispute.assigned.v1", 1).size());
    return disputeId;
  }

  private List<Assignment> rowsOf(String disputeId) {
    return QuarkusTransaction.requiringNew().call(() -> assignments.forDispute(disputeId));
  }

  private long outboxRowsOf(String disputeId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> (long) outbox.forAggregate(disputeId).size());
  }

  /** A settlement both parties of {@link #routed} signed. */
  private static String settlement(LocalDate effectiveOn) {
    String signedAt = java.time.Instant.now().minusSeconds(60).toString();
    return """
        {"result":"SETTLED","agreement":{"facts":"拖欠工资三个月。",
         "terms":"被申请人于 2026 年 12 月 1 日前支付工资 12000 元。",
         "effectiveOn":"%s","performanceDeadline":"%s",
         "signatures":[{"party":"张三","signedAt":"%s","channel":"IN_PERSON"},
                       {"party":"某某物流有限公司","signedAt":"%s","channel":"IN_PERSON"}]},
         "requestConfirmation":true}
        """
        .formatted(effectiveOn, effectiveOn.plusDays(30), signedAt, signedAt);
  }

  static final String FAILED =
      "{\"result\":\"FAILED\",\"reason\":\"双方分歧过大\",\"suggestion\":\"ARBITRATION\"}";

  private static String outcomeUrl(String disputeId) {
    return "/api/v1/disputes/" + disputeId + "/outcome";
  }

  /** The mediator (or staff on a paper-only mediator's behalf) takes the case. */
  private static void accept(String token, String disputeId) {
    given()
        .auth()
        .oauth2(token)
        .post("/api/v1/disputes/" + disputeId + "/assignment/accept")
        .then()
        .statusCode(200);
  }

  private static LocalDate todayInShanghai() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void aRoutedDisputeIsAssignedWithItsTraceAndTheEventConformsToTheContract() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    sendRouted(disputeId, MINLE, "LABOR");

    List<ConsumerRecord<String, String>> out = published(disputeId, "dispute.assigned.v1", 1);
    assertEquals(1, out.size());
    JsonNode assigned = mapper.readTree(out.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("dispute.assigned.v1", assigned));
    assertEquals("mp-minle-grid", assigned.path("mediatorCode").asText());
    assertEquals("grid.minle", assigned.path("mediatorUsername").asText());
    assertEquals(MINLE, assigned.path("centerCode").asText());
    assertEquals(3, assigned.path("trace").path("candidates").size());
    assertEquals(
        assigned.path("eventId").asText(), KafkaTestSupport.header(out.get(0), "event-id"));

    List<Assignment> rows = rowsOf(disputeId);
    assertEquals(1, rows.size());
    assertEquals(AssignmentStatus.ASSIGNED, rows.get(0).status());
    assertEquals("mp-minle-grid", rows.get(0).mediatorCode());
    assertEquals("LABOR", rows.get(0).category());
    assertEquals(MINLE, rows.get(0).centerCode());

    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ASSIGNED"))
        .body("mediatorCode", equalTo("mp-minle-grid"))
        .body("trace.rule", equalTo("least-open-load-then-round-robin"))
        .body("trace.inputs.category", equalTo("LABOR"))
        .body(
            "trace.candidates.code",
            containsInAnyOrder("mp-minle-grid", "mp-minle-family", "mp-minle-retired"))
        .body("trace.candidates.find { it.code == 'mp-minle-retired' }.why", equalTo("inactive"))
        .body("trace.candidates.find { it.chosen }.code", equalTo("mp-minle-grid"));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(200);
  }

  @Test
  void theSameEventDeliveredTwiceAssignsOnce() {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String event = routed(eventId, disputeId, MINLE, "LABOR");
    KafkaTestSupport.sendEvent(IN, disputeId, eventId, "dispute.routed.v1", event);
    KafkaTestSupport.sendEvent(IN, disputeId, eventId, "dispute.routed.v1", event);
    // a distinct routing of the same dispute (same partition) proves both copies were consumed
    sendRouted(disputeId, BAISHILONG, "LABOR");

    assertEquals(2, published(disputeId, "dispute.assigned.v1", 2).size());
    List<Assignment> rows = rowsOf(disputeId);
    assertEquals(2, rows.size());
    assertEquals(1, rows.stream().filter(a -> a.routedEventId().equals(eventId)).count());
    assertEquals(2, outboxRowsOf(disputeId));
    // the re-routing superseded the first assignment and assigned at the new center
    assertEquals(AssignmentStatus.SUPERSEDED, rows.get(0).status());
    assertEquals(AssignmentStatus.ASSIGNED, rows.get(1).status());
    assertEquals("mp-baishilong-grid", rows.get(1).mediatorCode());
  }

  @Test
  void whenNobodyFitsTheDisputeStaysUnassignedWithTheReasonAndNothingIsAnnounced() {
    String disputeId = UUID.randomUUID().toString();
    sendRouted(disputeId, GUIHUA, "LABOR");

    Awaitility.await().atMost(WAIT).until(() -> !rowsOf(disputeId).isEmpty());
    Assignment row = rowsOf(disputeId).get(0);
    assertEquals(AssignmentStatus.UNASSIGNED, row.status());
    assertNull(row.mediatorCode());
    assertTrue(row.reason().contains("none of the 2 mediators"), row.reason());
    // nobody fits: announced as dispute.unassigned.v1 so staff see it (never a silent pick)
    assertEquals(1, outboxRowsOf(disputeId));

    given()
        .auth()
        .oauth2(TestTokens.staffGuanlan())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(200)
        .body("status", equalTo("UNASSIGNED"))
        .body("mediatorCode", nullValue())
        .body("trace.candidates.chosen", everyItem(equalTo(false)));
    given()
        .auth()
        .oauth2(TestTokens.staffGuanlan())
        .contentType("application/json")
        .body(FAILED)
        .post(outcomeUrl(disputeId))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicWithTheReasonAndThePartitionFlowsOn() {
    String disputeId = UUID.randomUUID().toString();
    KafkaTestSupport.send(IN, disputeId, "{not json", Map.of("event-type", "dispute.routed.v1"));
    String invalidId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        invalidId,
        "dispute.routed.v1",
        routed(invalidId, disputeId, MINLE, "labour!"));
    sendRouted(disputeId, MINLE, "LABOR");

    List<ConsumerRecord<String, String>> dead = KafkaTestSupport.readKey(DLQ, disputeId, 2, WAIT);
    assertEquals(2, dead.size());
    String reason = KafkaTestSupport.header(dead.get(0), "dead-letter-reason");
    assertTrue(reason != null && reason.contains("not JSON"), reason);
    assertTrue(KafkaTestSupport.header(dead.get(1), "dead-letter-reason").contains("schema"));

    assertEquals(1, published(disputeId, "dispute.assigned.v1", 1).size());
    assertEquals(1, rowsOf(disputeId).size());
  }

  @Test
  void theAssignedMediatorRecordsASettlementAndItIsAnnouncedPerTheContract() throws Exception {
    String disputeId = assignedToGridMinle();
    LocalDate today = todayInShanghai();
    accept(TestTokens.gridMinle(), disputeId);

    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body(settlement(today))
        .post(outcomeUrl(disputeId))
        .then()
        .statusCode(200)
        .body("status", equalTo("SETTLED"))
        .body("agreement.effectiveOn", equalTo(today.toString()))
        .body("confirmationRequested", equalTo(true));

    List<ConsumerRecord<String, String>> out = published(disputeId, "mediation.concluded.v1", 1);
    assertEquals(1, out.size());
    JsonNode concluded = mapper.readTree(out.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("mediation.concluded.v1", concluded));
    assertEquals("SETTLED", concluded.path("outcome").asText());
    assertEquals("mp-minle-grid", concluded.path("mediatorCode").asText());
    assertEquals(MINLE, concluded.path("centerCode").asText());
    assertEquals(today.toString(), concluded.path("agreement").path("effectiveOn").asText());
    assertTrue(concluded.path("confirmationRequested").asBoolean());
    assertEquals("USER", concluded.path("actor").path("kind").asText());
    assertEquals("grid.minle", concluded.path("actor").path("username").asText());

    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body(settlement(today))
        .post(outcomeUrl(disputeId))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    // assigned, accepted, agreement.issued (confirmation was asked for), concluded
    assertEquals(4, outboxRowsOf(disputeId));
  }

  @Test
  void anInvalidOutcomeNamesTheFieldsAndStoresNothing() {
    String disputeId = assignedToGridMinle();
    String outcomeUrl = outcomeUrl(disputeId);
    accept(TestTokens.gridMinle(), disputeId);

    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"result\":\"SETTLED\",\"requestConfirmation\":true}")
        .post(outcomeUrl)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("agreement"));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"result\":\"FAILED\",\"requestConfirmation\":true}")
        .post(outcomeUrl)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("requestConfirmation"));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body(settlement(todayInShanghai().plusDays(2)))
        .post(outcomeUrl)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("agreement.effectiveOn"));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body(
            "{\"result\":\"SETTLED\",\"agreement\":{\"terms\":\"x\",\"effectiveOn\":\"2026-02-30\"}}")
        .post(outcomeUrl)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("agreement.effectiveOn"));

    assertEquals(AssignmentStatus.ACCEPTED, rowsOf(disputeId).get(0).status());
    assertEquals(2, outboxRowsOf(disputeId)); // assigned, accepted
  }

  @Test
  void onlyTheAssigneeAndCenterStaffInScopeMayRecordTheOutcome() throws Exception {
    String disputeId = assignedToGridMinle();
    String outcomeUrl = outcomeUrl(disputeId);
    accept(TestTokens.gridMinle(), disputeId);

    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .contentType("application/json")
        .body(FAILED)
        .post(outcomeUrl)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // in scope, but neither the assigned mediator nor center staff
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(FAILED)
        .post(outcomeUrl)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/assignments/" + disputeId).then().statusCode(401);
    given().contentType("application/json").body(FAILED).post(outcomeUrl).then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.forged())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(401);
    assertEquals(AssignmentStatus.ACCEPTED, rowsOf(disputeId).get(0).status());

    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(FAILED)
        .post(outcomeUrl)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("agreement", nullValue());
    JsonNode concluded =
        mapper.readTree(published(disputeId, "mediation.concluded.v1", 1).get(0).value());
    assertEquals("staff.minle", concluded.path("actor").path("username").asText());
    assertTrue(concluded.path("agreement").isNull());
  }

  @Test
  void theRosterIsLoadedByAdminsOnlyAllOrNothingAndListedWithinScope() {
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("code", containsInAnyOrder("mp-baishilong-grid"));
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .queryParam("centerCode", MINLE)
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("code", containsInAnyOrder("mp-minle-grid", "mp-minle-family", "mp-minle-retired"))
        .body("find { it.code == 'mp-minle-family' }.specialties", equalTo(List.of("FAMILY")));
    given()
        .auth()
        .oauth2(TestTokens.staffGuanlan())
        .queryParam("centerCode", MINLE)
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("$", empty());
    given().get("/api/v1/mediators").then().statusCode(401);

    String oneGoodOneBad =
        """
        [{"code":"mp-new","name":"新人","kind":"GRID","centerCode":"longhua.minzhi.minle",
          "specialties":[],"capacity":5,"active":true},
         {"code":"bad code","name":"","kind":"STAFF","centerCode":"Longhua",
          "specialties":["labour"],"capacity":-1}]
        """;
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(oneGoodOneBad)
        .put("/api/v1/mediators")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(oneGoodOneBad)
        .put("/api/v1/mediators")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems(
                equalTo("[1].code"),
                equalTo("[1].name"),
                equalTo("[1].centerCode"),
                startsWith("[1].specialties[0]"),
                equalTo("[1].capacity"),
                equalTo("[1].active")));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"mp-new","username":"grid.minle","name":"新人","kind":"GRID",
              "centerCode":"longhua.minzhi.minle","specialties":[],"capacity":5,"active":true}]
            """)
        .put("/api/v1/mediators")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[0].username"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("code", not(hasItem("mp-new")));
  }

  @Test
  void aWithdrawnDisputeReleasesItsAssignmentAndCannotBeConcluded() {
    String disputeId = assignedToGridMinle();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.intake.dispute.events",
        disputeId,
        eventId,
        "dispute.withdrawn.v1",
        """
        {"eventId":"%s","type":"dispute.withdrawn.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","subject":"s","username":"grid.minle","orgUnit":"longhua.minzhi.minle"},
         "reason":"双方已自行和解","previousStatus":"ASSIGNED","centerCode":"longhua.minzhi.minle"}
        """
            .formatted(eventId, java.time.Instant.now(), disputeId));
    org.awaitility.Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertEquals(AssignmentStatus.WITHDRAWN, rowsOf(disputeId).get(0).status()));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body(settlement(todayInShanghai()))
        .post(outcomeUrl(disputeId))
        .then()
        .statusCode(409);
  }

  /**
   * 自动上移: after a FAILED mediation at 民乐, routing moves the dispute up to 民治街道. The failed
   * assignment stays as history, the street's mediator is assigned, and the new assignment can be
   * concluded in its turn.
   */
  @Test
  void aDisputeEscalatedAfterAFailedMediationIsAssignedAtTheNewCenterAndConcludesThere()
      throws Exception {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"mp-minzhi-labor","name":"钱劳动","kind":"PROFESSIONAL",
              "centerCode":"longhua.minzhi","specialties":["LABOR"],"capacity":50,"active":true}]
            """)
        .put("/api/v1/mediators")
        .then()
        .statusCode(200);
    String disputeId = assignedToGridMinle();
    accept(TestTokens.gridMinle(), disputeId);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(FAILED)
        .post(outcomeUrl(disputeId))
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"));

    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        eventId,
        "dispute.routed.v1",
        """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"reason":"民乐社区调解未成功，按自动上移规则移交民治街道",
         "centerCode":"longhua.minzhi","centerLevel":"STREET","previousCenterCode":"%s",
         "category":"LABOR","mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"auto-escalation","inputs":{},"alternatives":[]}}
        """
            .formatted(eventId, java.time.Instant.now(), disputeId, MINLE));

    JsonNode assigned =
        mapper.readTree(published(disputeId, "dispute.assigned.v1", 2).get(1).value());
    assertEquals("mp-minzhi-labor", assigned.path("mediatorCode").asText());
    assertEquals("longhua.minzhi", assigned.path("centerCode").asText());
    List<Assignment> rows = rowsOf(disputeId);
    assertEquals(2, rows.size());
    assertEquals(AssignmentStatus.FAILED, rows.get(0).status());
    assertEquals(MINLE, rows.get(0).centerCode());
    assertEquals(AssignmentStatus.ASSIGNED, rows.get(1).status());
    assertEquals(eventId, rows.get(1).routedEventId());

    // the community no longer sees the current assignment; the street does and concludes it
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/assignments/" + disputeId)
        .then()
        .statusCode(404);
    // 钱劳动 keeps no account: street staff record the acceptance on the mediator's behalf
    accept(TestTokens.staffMinzhi(), disputeId);
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .contentType("application/json")
        .body(settlement(todayInShanghai()))
        .post(outcomeUrl(disputeId))
        .then()
        .statusCode(200)
        .body("status", equalTo("SETTLED"))
        .body("mediatorCode", equalTo("mp-minzhi-labor"));
    JsonNode concluded =
        mapper.readTree(published(disputeId, "mediation.concluded.v1", 2).get(1).value());
    assertEquals("SETTLED", concluded.path("outcome").asText());
    assertEquals("longhua.minzhi", concluded.path("centerCode").asText());
    assertEquals(AssignmentStatus.FAILED, rowsOf(disputeId).get(0).status());
  }
}
