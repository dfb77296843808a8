package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The case view joins what routing, mediator-pool and sla-monitor own, from their events. */
@QuarkusTest
class CaseViewProjectionIT {

  static String routed(String eventId, String disputeId, String at) {
    return """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"centerCode":"longhua.minzhi.minle",
         "centerLevel":"COMMUNITY","category":"LABOR","mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"community-of-location","inputs":{"communityCode":"longhua.minzhi.minle"},"alternatives":[]}}
        """
        .formatted(eventId, at, disputeId);
  }

  static String assigned(String eventId, String disputeId, String at) {
    return """
        {"eventId":"%s","type":"dispute.assigned.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"mediator-pool"},"centerCode":"longhua.minzhi.minle",
         "mediatorCode":"M-MINLE-GRID-01","mediatorName":"王网格","mediatorUsername":"grid.minle",
         "trace":{"rule":"least-load","candidates":[]}}
        """
        .formatted(eventId, at, disputeId);
  }

  static String deadline(String eventId, String disputeId, String at) {
    return """
        {"eventId":"%s","type":"deadline.opened.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"sla-monitor"},"deadlineId":"%s","clock":"MEDIATOR_ACCEPT",
         "centerCode":"longhua.minzhi.minle","startedAt":"2026-11-23T03:00:01Z","warnAt":"2026-11-25T12:00:00Z",
         "dueAt":"2026-11-26T15:59:59Z","provisional":false,"citation":"人民法院在线调解规则 第十二条"}
        """
        .formatted(eventId, at, disputeId, UUID.randomUUID());
  }

  @Test
  void routedAssignedAndDeadlineEventsBuildTheCaseViewWhateverTheirArrivalOrder() {
    String id =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "欠薪"), null)
            .path("id");
    java.time.Instant now = java.time.Instant.now();
    String t1 = now.plusSeconds(1).toString();
    String t2 = now.plusSeconds(2).toString();
    String t3 = now.plusSeconds(3).toString();
    String assignedId = UUID.randomUUID().toString();
    // assignment arrives before routing: different topics give no order between them
    KafkaTestSupport.sendEvent(
        "test.mediator-pool.mediation.events",
        id,
        assignedId,
        "dispute.assigned.v1",
        assigned(assignedId, id, t2));
    String routedId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events", id, routedId, "dispute.routed.v1", routed(routedId, id, t1));
    String deadlineId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        id,
        deadlineId,
        "deadline.opened.v1",
        deadline(deadlineId, id, t3));
    // the same assignment again: the timeline must not grow
    KafkaTestSupport.sendEvent(
        "test.mediator-pool.mediation.events",
        id,
        assignedId,
        "dispute.assigned.v1",
        assigned(assignedId, id, t2));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.staffMinle())
                    .get("/api/v1/disputes/" + id + "/timeline")
                    .then()
                    .body("$", hasSize(4)));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ASSIGNED"))
        .body("centerCode", equalTo("longhua.minzhi.minle"))
        .body("assignee.username", equalTo("grid.minle"))
        .body("deadlines", hasSize(1))
        .body("deadlines[0].clock", equalTo("MEDIATOR_ACCEPT"))
        .body("deadlines[0].dueAt", equalTo("2026-11-26T15:59:59Z"))
        .body("routingTrace.rule", equalTo("community-of-location"));
    List<String> types =
        given()
            .auth()
            .oauth2(TestTokens.staffMinle())
            .get("/api/v1/disputes/" + id + "/timeline")
            .then()
            .extract()
            .path("type");
    assertEquals(
        List.of(
            "dispute.received.v1",
            "dispute.routed.v1",
            "dispute.assigned.v1",
            "deadline.opened.v1"),
        types);
  }

  @Test
  void theListFiltersOverdueDisputesByTheirDeadlines() {
    String late =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "逾期"), null)
            .path("id");
    String onTime =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "未逾期"), null)
            .path("id");
    String e1 = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        late,
        e1,
        "deadline.opened.v1",
        deadline(e1, late, java.time.Instant.now().toString())
            .replace("2026-11-26T15:59:59Z", "2020-01-01T00:00:00Z"));
    String e2 = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        onTime,
        e2,
        "deadline.opened.v1",
        deadline(e2, onTime, java.time.Instant.now().toString())
            // TIMESTAMP columns end in January 2038 (noted for a DATETIME migration)
            .replace("2026-11-26T15:59:59Z", "2036-01-01T00:00:00Z"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.staffMinzhi())
                    .get("/api/v1/disputes?overdue=true&size=100")
                    .then()
                    .body("items.id", org.hamcrest.Matchers.hasItem(late))
                    .body(
                        "items.id",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(onTime))));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.staffMinzhi())
                    .get("/api/v1/disputes/" + onTime)
                    .then()
                    .body(
                        "deadlines.dueAt", org.hamcrest.Matchers.hasItem("2036-01-01T00:00:00Z")));
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/disputes?overdue=false&size=100")
        .then()
        .body("items.id", org.hamcrest.Matchers.hasItem(onTime))
        .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(late)));
  }

  @Test
  void poisonRecordsGoToTheIntakeDeadLetterTopic() {
    String key = UUID.randomUUID().toString();
    KafkaTestSupport.send(
        "test.routing.dispute.events",
        key,
        "[]",
        java.util.Map.of("event-type", "dispute.routed.v1"));
    var dead = KafkaTestSupport.readKey("test.intake.dlq", key, 1, Duration.ofSeconds(30));
    assertEquals(1, dead.size());
    assertEquals(
        true,
        KafkaTestSupport.header(dead.get(0), "dead-letter-reason").contains("not a JSON object"));
  }

  static String mediationEvent(
      String type, String eventId, String disputeId, String at, String more) {
    return """
        {"eventId":"%s","type":"%s","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","subject":"s","username":"grid.minle"},"reason":"出差",
         "centerCode":"longhua.minzhi.minle"%s}
        """
        .formatted(eventId, type, at, disputeId, more);
  }

  @Test
  void unassignedThenAssignedAcceptedAndLoggedShowOnTheCaseAndItsTimeline() {
    String id =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "物业"), null)
            .path("id");
    java.time.Instant now = java.time.Instant.now();
    String topic = "test.mediator-pool.mediation.events";
    String[][] events = {
      {"dispute.unassigned.v1", ",\"trace\":{\"rule\":\"r\",\"candidates\":[]}"},
      {
        "dispute.assigned.v1",
        ",\"mediatorCode\":\"M-1\",\"mediatorName\":\"王网格\","
            + "\"mediatorUsername\":\"grid.minle\",\"trace\":{\"rule\":\"r\",\"candidates\":[]}"
      },
      {"mediation.accepted.v1", ",\"mediatorCode\":\"M-1\",\"assignmentId\":2"},
      {
        "mediation.logged.v1",
        ",\"assignmentId\":2,\"kind\":\"CONTACT\",\"mode\":\"PHONE\","
            + "\"heldAt\":\""
            + now
            + "\",\"withOtherParty\":true,\"participants\":[\"李四\"]"
      }
    };
    for (int i = 0; i < events.length; i++) {
      String eventId = UUID.randomUUID().toString();
      KafkaTestSupport.sendEvent(
          topic,
          id,
          eventId,
          events[i][0],
          mediationEvent(
              events[i][0], eventId, id, now.plusSeconds(i + 1).toString(), events[i][1]));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.staffMinle())
                    .get("/api/v1/disputes/" + id + "/timeline")
                    .then()
                    .body("type", org.hamcrest.Matchers.hasItem("mediation.logged.v1")));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + id)
        .then()
        .body("status", equalTo("IN_MEDIATION"))
        .body("assignee.username", equalTo("grid.minle"));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + id + "/timeline")
        .then()
        .body(
            "summary",
            org.hamcrest.Matchers.hasItems(
                "No mediator available at longhua.minzhi.minle",
                "Accepted by mediator M-1",
                "Contact (PHONE) with the other party"));
  }
}
