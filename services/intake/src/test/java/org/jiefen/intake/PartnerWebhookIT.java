package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.platform.testing.WebhookReceiver;
import org.jiefen.platform.webhook.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HR bureau hears back: each status change of what it handed in, signed, retried, visible. */
@QuarkusTest
class PartnerWebhookIT {

  static final String HRSS = TestTokens.partner("partner-hrss", "HRSS");
  static final String PETITION = TestTokens.partner("partner-petition", "PETITION");

  @Inject ObjectMapper mapper;

  private WebhookReceiver receiver;
  private String secret;

  @BeforeEach
  void register() throws Exception {
    receiver = new WebhookReceiver();
    var response =
        given()
            .auth()
            .oauth2(HRSS)
            .contentType("application/json")
            .body("{\"url\":\"" + receiver.url() + "\"}")
            .put("/api/v1/partner/webhook");
    if (response.statusCode() == 201) {
      secret = response.path("secret");
    } else {
      response.then().statusCode(200).body("secret", nullValue());
      secret =
          given()
              .auth()
              .oauth2(HRSS)
              .post("/api/v1/partner/webhook/secret")
              .then()
              .statusCode(200)
              .extract()
              .path("secret");
    }
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  static String handIn(String ref) {
    String body =
        IntakeIT.body(IntakeIT.ID_NUMBER, "人社局转来：拖欠工资")
            .replace("GRID_MOBILE", "PARTNER_TRANSFER")
            .replace(
                "\"claimAmount\":12000.00",
                "\"claimAmount\":12000.00,\"source\":{\"platform\":\"HRSS\",\"externalRef\":\""
                    + ref
                    + "\"}");
    return IntakeIT.create(HRSS, body, null).then().statusCode(201).extract().path("id");
  }

  static void route(String disputeId) {
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        eventId,
        "dispute.routed.v1",
        CaseViewProjectionIT.routed(eventId, disputeId, Instant.now().toString()));
  }

  private JsonNode nextFor(String disputeId) throws Exception {
    for (int i = 0; i < 20; i++) {
      WebhookReceiver.Received r = receiver.next(Duration.ofSeconds(20));
      JsonNode body = mapper.readTree(r.body());
      if (disputeId.equals(body.path("disputeId").asText())) {
        assertTrue(WebhookSignature.verify(secret, r.headers().get("signature"), r.body()));
        assertEquals(body.path("deliveryId").asText(), r.headers().get("delivery"));
        assertEquals("dispute.status-changed", r.headers().get("event"));
        return body;
      }
    }
    throw new AssertionError("no delivery for " + disputeId);
  }

  @Test
  void eachStatusChangeIsPushedSignedInOrderWithThePartnersReference() throws Exception {
    String ref = "HR-" + UUID.randomUUID();
    String id = handIn(ref);
    route(id);
    JsonNode routed = nextFor(id);
    assertEquals("ROUTED", routed.path("status").asText());
    assertEquals("RECEIVED", routed.path("previousStatus").asText());
    assertEquals(ref, routed.path("externalRef").asText());
    assertEquals("HRSS", routed.path("platform").asText());
    assertEquals("longhua.minzhi.minle", routed.path("centerCode").asText());

    given()
        .auth()
        .oauth2(HRSS)
        .contentType("application/json")
        .body("{\"reason\":\"劳动者已撤回投诉\"}")
        .post("/api/v1/disputes/" + id + "/withdraw")
        .then()
        .statusCode(200);
    JsonNode withdrawn = nextFor(id);
    assertEquals("WITHDRAWN", withdrawn.path("status").asText());
    assertEquals("ROUTED", withdrawn.path("previousStatus").asText());
    assertTrue(withdrawn.path("sequence").asLong() > routed.path("sequence").asLong());
  }

  @Test
  void aFailingReceiverIsRetriedAndEveryAttemptIsVisible() throws Exception {
    receiver.answer(200, 500, 503);
    String id = handIn("HR-" + UUID.randomUUID());
    route(id);
    assertEquals(500, receiver.next(Duration.ofSeconds(20)).answered());
    assertEquals(503, receiver.next(Duration.ofSeconds(20)).answered());
    String deliveryId = nextFor(id).path("deliveryId").asText();

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(HRSS)
                    .get("/api/v1/partner/webhook/deliveries/" + deliveryId)
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("DELIVERED"))
                    .body("attemptCount", equalTo(3))
                    .body("attempts.httpStatus", equalTo(List.of(500, 503, 200)))
                    .body("attempts[0].error", equalTo("answered HTTP 500"))
                    .body("deliveredAt", notNullValue()));
    given()
        .auth()
        .oauth2(PETITION)
        .get("/api/v1/partner/webhook/deliveries/" + deliveryId)
        .then()
        .statusCode(404);
  }

  @Test
  void aDeliveryThatRunsOutOfRetriesIsFailedAndCanBeSentAgain() throws Exception {
    receiver.answer(500);
    String id = handIn("HR-" + UUID.randomUUID());
    route(id);
    String deliveryId = null;
    for (int i = 0; i < 3; i++) {
      deliveryId = nextFor(id).path("deliveryId").asText();
    }
    String failed = deliveryId;
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(HRSS)
                    .get("/api/v1/partner/webhook/deliveries?state=FAILED")
                    .then()
                    .body("items.id", hasItem(failed)));

    receiver.answer(200);
    given()
        .auth()
        .oauth2(HRSS)
        .post("/api/v1/partner/webhook/deliveries/" + failed + "/redeliver")
        .then()
        .statusCode(202);
    assertEquals(failed, nextFor(id).path("deliveryId").asText());
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(HRSS)
                    .get("/api/v1/partner/webhook/deliveries/" + failed)
                    .then()
                    .body("state", equalTo("DELIVERED")));
    given()
        .auth()
        .oauth2(HRSS)
        .post("/api/v1/partner/webhook/deliveries/" + failed + "/redeliver")
        .then()
        .statusCode(409);
  }

  @Test
  void registrationNeedsAnAbsoluteHttpUrlAndShowsTheSecretOnlyWhenIssued() {
    for (String bad : List.of("ftp://example.org/x", "not a url", "http://user:pw@127.0.0.1/x")) {
      given()
          .auth()
          .oauth2(HRSS)
          .contentType("application/json")
          .body("{\"url\":\"" + bad + "\"}")
          .put("/api/v1/partner/webhook")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("url"));
    }
    given()
        .auth()
        .oauth2(HRSS)
        .get("/api/v1/partner/webhook")
        .then()
        .statusCode(200)
        .body("url", equalTo(receiver.url()))
        .body("secret", nullValue());
    String rotated =
        given().auth().oauth2(HRSS).post("/api/v1/partner/webhook/secret").path("secret");
    assertNotEquals(secret, rotated);
    assertEquals(43, rotated.length(), "32 random bytes, base64url");
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/partner/webhook")
        .then()
        .statusCode(403);
  }

  @Test
  void disputesNotHandedInByThePartnerAreNeverPushed() throws Exception {
    String grid =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "噪音"), null)
            .path("id");
    route(grid);
    String ref = "HR-" + UUID.randomUUID();
    String mine = handIn(ref);
    route(mine);
    // routing events are consumed in order per partition; the partner's change arrives, the
    // grid report's never does
    JsonNode body = mapper.readTree(receiver.next(Duration.ofSeconds(20)).body());
    assertEquals(mine, body.path("disputeId").asText());
    given()
        .auth()
        .oauth2(HRSS)
        .get("/api/v1/partner/webhook/deliveries?size=100")
        .then()
        .body("items.disputeId", not(hasItem(grid)));
  }

  static String labourMediationOverdue(String eventId, String disputeId, String deadlineId) {
    return """
        {"eventId":"%s","type":"sla.overdue.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"sla-monitor"},"centerCode":"longhua.minzhi",
         "deadlineId":"%s","clock":"LABOR_MEDIATION","dueAt":"2026-12-08T15:59:59.999Z",
         "deadlineVersion":1,"consequence":"NOTIFY_ARBITRATION_RIGHT","startEventId":"%s",
         "citation":"劳动争议调解仲裁法 第十四条"}"""
        .formatted(eventId, Instant.now(), disputeId, deadlineId, UUID.randomUUID());
  }

  /**
   * 劳动争议调解仲裁法 Art. 14: the labour mediation clock ran out, so the parties may apply for
   * arbitration. The case shows it with the center that must tell them, the timeline says it, the
   * HR bureau that handed the case in hears it once — a second flag (another deadline version, or a
   * redelivery) adds nothing.
   */
  @Test
  void whenTheLabourMediationClockRunsOutThePartnerHearsOnceThatThePartiesMayGoToArbitration()
      throws Exception {
    String id = handIn("HR-" + UUID.randomUUID());
    route(id);
    assertEquals("ROUTED", nextFor(id).path("status").asText());

    String deadlineId = UUID.randomUUID().toString();
    String first = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        id,
        first,
        "sla.overdue.v1",
        labourMediationOverdue(first, id, deadlineId));
    String again = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        id,
        again,
        "sla.overdue.v1",
        labourMediationOverdue(again, id, deadlineId));

    JsonNode notice = null;
    for (int i = 0; i < 5 && notice == null; i++) {
      WebhookReceiver.Received r = receiver.next(Duration.ofSeconds(20));
      JsonNode body = mapper.readTree(r.body());
      if (id.equals(body.path("disputeId").asText())) {
        assertTrue(WebhookSignature.verify(secret, r.headers().get("signature"), r.body()));
        assertEquals("dispute.arbitration-right", r.headers().get("event"));
        notice = body;
      }
    }
    assertNotEquals(null, notice, "no arbitration notice delivered");
    assertEquals("longhua.minzhi", notice.path("centerCode").asText());
    assertTrue(notice.path("notice").asText().contains("可以依法申请仲裁"));
    assertEquals("劳动争议调解仲裁法 第十四条", notice.path("citation").asText());

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.staffMinle())
                    .get("/api/v1/disputes/" + id + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("eventId", hasItem(again)));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(200)
        .body("arbitrationRight.centerCode", equalTo("longhua.minzhi"))
        .body("arbitrationRight.notice", org.hamcrest.Matchers.containsString("第十四条"));
    List<String> summaries =
        given()
            .auth()
            .oauth2(TestTokens.staffMinle())
            .get("/api/v1/disputes/" + id + "/timeline")
            .then()
            .extract()
            .path("findAll { it.type == 'sla.overdue.v1' }.summary");
    assertEquals(2, summaries.size());
    assertEquals(
        1, summaries.stream().filter(t -> t.contains("may apply for arbitration")).count());
    List<String> events =
        given()
            .auth()
            .oauth2(HRSS)
            .get("/api/v1/partner/webhook/deliveries?size=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.findAll { it.disputeId == '" + id + "' }.event");
    assertEquals(1, events.stream().filter("dispute.arbitration-right"::equals).count());
  }
}
