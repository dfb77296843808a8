package org.jiefen.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.inbox.ProcessedEventRepository;
import org.jiefen.platform.outbox.OutboxRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.repository.RoutingDecisionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 自动上移 (ADR 0007): a FAILED mediation at the holding community or street moves the dispute to the
 * parent center like a staff transfer; the district, settlements, stale or repeated outcomes and
 * court-delegated cases change nothing. An overdue clock whose consequence is ESCALATE does the
 * same while its center holds the dispute.
 */
@QuarkusTest
class AutoEscalationIT {

  static final String MEDIATION = "test.mediator-pool.mediation.events";
  static final String DEADLINES = "test.sla-monitor.deadline.events";
  static final String MINLE = "longhua.minzhi.minle";
  static final String MINZHI = "longhua.minzhi";
  static final String DISTRICT = "longhua";
  static final Duration WAIT = Duration.ofSeconds(30);

  @Inject RoutingDecisionRepository decisions;
  @Inject ProcessedEventRepository processed;
  @Inject OutboxRepository outbox;
  @Inject ObjectMapper mapper;

  @BeforeEach
  void seed() {
    new RoutingIT().seedTree();
  }

  /** A LABOR dispute received at 民乐 and routed there by the rules. */
  private String routedToMinle() {
    String id = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        RoutingIT.IN, id, eventId, "dispute.received.v1", RoutingIT.received(eventId, id, MINLE));
    assertEquals(1, routed(id, 1).size());
    return id;
  }

  private static String concluded(String eventId, String id, String center, String outcome) {
    return """
        {"eventId":"%s","type":"mediation.concluded.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","subject":"s1","username":"grid.minle","orgUnit":"%s"},
         "reason":"被申请人拒绝调解","centerCode":"%s","mediatorCode":"mp-minle-grid",
         "outcome":"%s","agreement":null,"confirmationRequested":false}
        """
        .formatted(eventId, Instant.now(), id, center, center, outcome);
  }

  /** Publishes a mediation outcome and returns its event id. */
  private static String conclude(String id, String center, String outcome) {
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        MEDIATION, id, eventId, "mediation.concluded.v1", concluded(eventId, id, center, outcome));
    return eventId;
  }

  private void awaitProcessed(String eventId) {
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> processed.isProcessed(eventId, "routing")));
  }

  private List<JsonNode> routed(String id, int count) {
    List<JsonNode> events = new ArrayList<>();
    for (var r :
        KafkaTestSupport.read(
            RoutingIT.OUT,
            r ->
                id.equals(r.key())
                    && "dispute.routed.v1".equals(KafkaTestSupport.header(r, "event-type")),
            l -> l.size() >= count,
            WAIT)) {
      try {
        events.add(mapper.readTree(r.value()));
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return events;
  }

  private List<RoutingDecision> decisionsOf(String id) {
    return QuarkusTransaction.requiringNew().call(() -> decisions.forDispute(id));
  }

  private long outboxRowsOf(String id) {
    return QuarkusTransaction.requiringNew().call(() -> (long) outbox.forAggregate(id).size());
  }

  @Test
  void aFailureClimbsCommunityToStreetToDistrictAndStopsThere() {
    String id = routedToMinle();

    conclude(id, MINLE, "FAILED");
    JsonNode up = routed(id, 2).get(1);
    assertEquals(List.of(), EventSchemas.violations("dispute.routed.v1", up));
    assertEquals(MINZHI, up.path("centerCode").asText());
    assertEquals("STREET", up.path("centerLevel").asText());
    assertEquals(MINLE, up.path("previousCenterCode").asText());
    assertEquals("SYSTEM", up.path("actor").path("kind").asText());
    assertEquals("LABOR", up.path("category").asText());
    String reason = up.path("reason").asText();
    assertTrue(reason.contains("民乐社区（longhua.minzhi.minle）调解未成功"), reason);
    assertTrue(reason.contains("mp-minle-grid") && reason.endsWith("：被申请人拒绝调解"), reason);
    assertEquals("auto-escalation", up.path("trace").path("rule").asText());
    assertEquals("民乐社区调解未成功，依自动上移规则移交上一级民治街道继续调解。", up.path("trace").path("explanation").asText());
    assertEquals(MINLE, up.path("trace").path("inputs").path("fromCenterCode").asText());
    assertEquals("FAILED", up.path("trace").path("inputs").path("outcome").asText());
    assertEquals(MINLE, up.path("trace").path("alternatives").get(0).path("centerCode").asText());

    RoutingDecision stored = decisionsOf(id).get(1);
    assertEquals(MINZHI, stored.centerCode());
    assertEquals(MINLE, stored.previousCenterCode());
    assertEquals("system", stored.decidedBy());
    assertEquals(reason, stored.reason());
    assertEquals("auto-escalation", stored.ruleName());
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/routing/decisions/" + id)
        .then()
        .statusCode(200)
        .body("size()", equalTo(2))
        .body("[1].centerCode", equalTo(MINZHI))
        .body("[1].trace.inputs.toCenterCode", equalTo(MINZHI));

    conclude(id, MINZHI, "FAILED");
    JsonNode top = routed(id, 3).get(2);
    assertEquals(DISTRICT, top.path("centerCode").asText());
    assertEquals(MINZHI, top.path("previousCenterCode").asText());

    String atDistrict = conclude(id, DISTRICT, "FAILED");
    awaitProcessed(atDistrict);
    assertEquals(3, decisionsOf(id).size());
    assertEquals(3, outboxRowsOf(id));
  }

  @Test
  void theSameFailureDeliveredTwiceEscalatesOnce() {
    String id = routedToMinle();
    String eventId = UUID.randomUUID().toString();
    String event = concluded(eventId, id, MINLE, "FAILED");
    KafkaTestSupport.sendEvent(MEDIATION, id, eventId, "mediation.concluded.v1", event);
    KafkaTestSupport.sendEvent(MEDIATION, id, eventId, "mediation.concluded.v1", event);
    // a later record on the same partition: once it is processed, both copies were consumed
    awaitProcessed(conclude(id, MINZHI, "SETTLED"));

    List<RoutingDecision> stored = decisionsOf(id);
    assertEquals(2, stored.size());
    assertEquals(MINZHI, stored.get(1).centerCode());
    assertEquals(2, outboxRowsOf(id));
  }

  @Test
  void aFailureFromACenterThatNoLongerHoldsTheDisputeChangesNothing() {
    String id = routedToMinle();
    TransferIT.transfer(TestTokens.staffMinle(), id, MINZHI, 201);

    awaitProcessed(conclude(id, MINLE, "FAILED"));
    List<RoutingDecision> stored = decisionsOf(id);
    assertEquals(2, stored.size());
    assertEquals("transfer-escalation", stored.get(1).ruleName());
    assertEquals(2, outboxRowsOf(id));
  }

  @Test
  void aSettlementChangesNothing() {
    String id = routedToMinle();

    awaitProcessed(conclude(id, MINLE, "SETTLED"));
    assertEquals(1, decisionsOf(id).size());
    assertEquals(1, outboxRowsOf(id));
  }

  @Test
  void aCourtDelegatedCaseIsNotEscalatedEvenWhenReferredDownToACommunity() {
    String id = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String fromCourt =
        RoutingIT.received(eventId, id, MINLE)
            .replace(
                "\"parties\"",
                "\"source\":{\"platform\":\"COURT\",\"externalRef\":\"(2026)粤0309民诉前调1号\"},\"parties\"");
    KafkaTestSupport.sendEvent(RoutingIT.IN, id, eventId, "dispute.received.v1", fromCourt);
    assertEquals("COURT_DELEGATED", routed(id, 1).get(0).path("mediationType").asText());
    TransferIT.transfer(TestTokens.staffDistrict(), id, MINLE, 201);

    awaitProcessed(conclude(id, MINLE, "FAILED"));
    List<RoutingDecision> stored = decisionsOf(id);
    assertEquals(2, stored.size());
    assertEquals(MINLE, stored.get(1).centerCode());
    assertEquals(2, outboxRowsOf(id));
  }

  /** An sla.overdue.v1 of the clock at {@code center}; returns its event id. */
  private static String overdue(String id, String center, String consequence) {
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        DEADLINES,
        id,
        eventId,
        "sla.overdue.v1",
        """
        {"eventId":"%s","type":"sla.overdue.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"sla-monitor"},"centerCode":"%s",
         "deadlineId":"%s","clock":"CENTER_ACK","dueAt":"2026-11-20T16:00:00Z",
         "warnAt":"2026-11-20T09:36:00Z","deadlineVersion":1,"startEventId":"%s",
         "consequence":"%s","citation":"本地工作规范"}
        """
            .formatted(
                eventId,
                Instant.now(),
                id,
                center,
                UUID.randomUUID(),
                UUID.randomUUID(),
                consequence));
    return eventId;
  }

  @Test
  void anEscalatingClockThatRunsOutMovesTheDisputeUpOnceAndOnlyFromItsHolder() {
    String id = routedToMinle();
    awaitProcessed(overdue(id, MINLE, "FLAG"));
    assertEquals(1, decisionsOf(id).size(), "a flag-only clock moves nothing");

    overdue(id, MINLE, "ESCALATE");
    JsonNode up = routed(id, 2).get(1);
    assertEquals(List.of(), EventSchemas.violations("dispute.routed.v1", up));
    assertEquals(MINZHI, up.path("centerCode").asText());
    assertEquals(MINLE, up.path("previousCenterCode").asText());
    assertEquals("sla-escalation", up.path("trace").path("rule").asText());
    assertEquals("CENTER_ACK", up.path("trace").path("inputs").path("clock").asText());
    assertTrue(up.path("reason").asText().contains("CENTER_ACK 期限已于"), up.path("reason").asText());

    // the same clock's flag arriving again (or late) after the move changes nothing
    awaitProcessed(overdue(id, MINLE, "ESCALATE"));
    assertEquals(2, decisionsOf(id).size());
    overdue(id, MINZHI, "ESCALATE");
    assertEquals(DISTRICT, routed(id, 3).get(2).path("centerCode").asText());
    // the district has no parent: its flag stays a flag
    awaitProcessed(overdue(id, DISTRICT, "ESCALATE"));
    assertEquals(3, decisionsOf(id).size());
    assertEquals(3, outboxRowsOf(id));
  }
}
