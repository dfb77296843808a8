package org.jiefen.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.outbox.OutboxRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.routing.repository.RoutingDecisionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingIT {

  static final String IN = "test.intake.dispute.events";
  static final String OUT = "test.routing.dispute.events";
  static final String DLQ = "test.routing.dlq";

  @Inject RoutingDecisionRepository decisions;
  @Inject OutboxRepository outbox;
  @Inject ObjectMapper mapper;

  @BeforeEach
  void seedTree() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"longhua","name":"龙华区","level":"DISTRICT","parentCode":null},
             {"code":"longhua.minzhi","name":"民治街道","level":"STREET","parentCode":"longhua"},
             {"code":"longhua.minzhi.minle","name":"民乐社区","level":"COMMUNITY","parentCode":"longhua.minzhi"},
             {"code":"longhua.minzhi.baishilong","name":"白石龙社区","level":"COMMUNITY","parentCode":"longhua.minzhi"}]
            """)
        .put("/api/v1/org-units")
        .then()
        .statusCode(200)
        .body("received", equalTo(4));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(readSeed("routing-rules.json"))
        .put("/api/v1/routing/rules")
        .then()
        .statusCode(200);
  }

  static String readSeed(String name) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("../../seeds", name));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String received(String eventId, String disputeId, String community) {
    return """
        {"eventId":"%s","type":"dispute.received.v1","occurredAt":"2026-11-23T03:00:00Z",
         "disputeId":"%s","actor":{"kind":"USER","subject":"u1","username":"grid.minle","orgUnit":"longhua.minzhi.minle"},
         "channel":"GRID_MOBILE","category":"LABOR","summary":"欠薪","occurredOn":"2026-11-20",
         "communityCode":"%s","parties":[{"role":"APPLICANT","name":"张三"}]}
        """
        .formatted(eventId, disputeId, community);
  }

  private long decisionsOf(String disputeId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> (long) decisions.forDispute(disputeId).size());
  }

  @Test
  void aReceivedDisputeIsRoutedToItsCommunityAndTheEventConformsToTheContract() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        eventId,
        "dispute.received.v1",
        received(eventId, disputeId, "longhua.minzhi.minle"));

    List<ConsumerRecord<String, String>> out =
        KafkaTestSupport.readKey(OUT, disputeId, 1, Duration.ofSeconds(30));
    assertEquals(1, out.size());
    var routed = mapper.readTree(out.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("dispute.routed.v1", routed));
    assertEquals("longhua.minzhi.minle", routed.path("centerCode").asText());
    assertEquals("community-of-location", routed.path("trace").path("rule").asText());
    assertEquals("张三", routed.path("parties").get(0).path("name").asText());
    assertEquals("APPLICANT", routed.path("parties").get(0).path("role").asText());
    assertEquals("dispute.routed.v1", KafkaTestSupport.header(out.get(0), "event-type"));
    assertEquals(routed.path("eventId").asText(), KafkaTestSupport.header(out.get(0), "event-id"));
    assertEquals(1, decisionsOf(disputeId));

    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/routing/decisions/" + disputeId)
        .then()
        .statusCode(200)
        .body("[0].centerCode", equalTo("longhua.minzhi.minle"))
        .body("[0].trace.alternatives.centerCode", hasItem("longhua.minzhi"));
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/routing/decisions/" + disputeId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // Partner platforms and courts carry the district as org_unit, but they are not centers: a
    // dispute someone else reported is none of their business.
    for (String machine :
        List.of(TestTokens.partner("partner-hrss", "HRSS"), TestTokens.court("court-longhua"))) {
      given()
          .auth()
          .oauth2(machine)
          .get("/api/v1/routing/decisions/" + disputeId)
          .then()
          .statusCode(404);
    }
  }

  @Test
  void theSameEventDeliveredTwiceRoutesOnce() {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String event = received(eventId, disputeId, "longhua.minzhi.minle");
    KafkaTestSupport.sendEvent(IN, disputeId, eventId, "dispute.received.v1", event);
    KafkaTestSupport.sendEvent(IN, disputeId, eventId, "dispute.received.v1", event);
    // a third, distinct event on the same key proves both copies were consumed before we count
    String marker = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        marker,
        "dispute.received.v1",
        received(marker, disputeId, "longhua.minzhi.minle"));

    KafkaTestSupport.readKey(OUT, disputeId, 2, Duration.ofSeconds(30));
    assertEquals(2, decisionsOf(disputeId));
    long outboxRows =
        QuarkusTransaction.requiringNew().call(() -> (long) outbox.forAggregate(disputeId).size());
    assertEquals(2, outboxRows);
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicWithTheReasonAndThePartitionFlowsOn() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    KafkaTestSupport.send(IN, disputeId, "{not json", Map.of("event-type", "dispute.received.v1"));
    String invalid =
        received(UUID.randomUUID().toString(), disputeId, "longhua.minzhi.minle")
            .replace("\"LABOR\"", "\"labour!\"");
    KafkaTestSupport.sendEvent(
        IN, disputeId, UUID.randomUUID().toString(), "dispute.received.v1", invalid);
    String good = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        good,
        "dispute.received.v1",
        received(good, disputeId, "longhua.minzhi.minle"));

    List<ConsumerRecord<String, String>> dead =
        KafkaTestSupport.readKey(DLQ, disputeId, 2, Duration.ofSeconds(30));
    assertEquals(2, dead.size());
    String reason = KafkaTestSupport.header(dead.get(0), "dead-letter-reason");
    assertNotNull(reason);
    assertTrue(reason.contains("not JSON"), reason);
    assertTrue(KafkaTestSupport.header(dead.get(1), "dead-letter-reason").contains("schema"));

    assertEquals(1, KafkaTestSupport.readKey(OUT, disputeId, 1, Duration.ofSeconds(30)).size());
    assertEquals(1, decisionsOf(disputeId));
  }

  @Test
  void orgTreeEditsNeedAnAdminAndATokenAndValidInput() {
    given().get("/api/v1/org-units").then().statusCode(401).contentType("application/problem+json");
    given().auth().oauth2(TestTokens.forged()).get("/api/v1/org-units").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(
            "[{\"code\":\"longhua.x\",\"name\":\"x\",\"level\":\"STREET\",\"parentCode\":\"longhua\"}]")
        .put("/api/v1/org-units")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            "[{\"code\":\"Bad Code\",\"name\":\"\",\"level\":\"STREET\",\"parentCode\":\"longhua\"}]")
        .put("/api/v1/org-units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("[0].code"))
        .body("errors.field", hasItem("[0].name"));
  }
}
