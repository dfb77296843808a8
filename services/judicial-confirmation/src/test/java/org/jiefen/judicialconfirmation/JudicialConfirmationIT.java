package org.jiefen.judicialconfirmation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JudicialConfirmationIT {

  static final String IN = "test.mediator-pool.mediation.events";
  static final String OUT = "test.judicial-confirmation.application.events";

  @Inject ApplicationRepository applications;
  @Inject ObjectMapper mapper;

  static String concluded(
      String eventId, String disputeId, String outcome, boolean ask, String center) {
    String agreement =
        "SETTLED".equals(outcome)
            ? "{\"text\":\"被申请人于2026年12月31日前支付工资12000元。\",\"effectiveOn\":\"2026-11-20\"}"
            : "null";
    return """
        {"eventId":"%s","type":"mediation.concluded.v1","occurredAt":"2026-11-23T03:00:00Z",
         "disputeId":"%s","actor":{"kind":"USER","subject":"u","username":"grid.minle","orgUnit":"longhua.minzhi.minle"},
         "centerCode":"%s","mediatorCode":"M-MINLE-GRID-01","outcome":"%s",
         "agreement":%s,"confirmationRequested":%s}
        """
        .formatted(eventId, disputeId, center, outcome, agreement, ask);
  }

  private long applicationsOf(String disputeId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> applications.ofDispute(disputeId).stream().count());
  }

  @Test
  void aSettledAgreementBecomesAnApplicationOnlyItsCourtSees() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String event = concluded(eventId, disputeId, "SETTLED", true, "longhua.minzhi.minle");
    KafkaTestSupport.sendEvent(IN, disputeId, eventId, "mediation.concluded.v1", event);
    KafkaTestSupport.sendEvent(IN, disputeId, eventId, "mediation.concluded.v1", event);

    var out = KafkaTestSupport.readKey(OUT, disputeId, 1, Duration.ofSeconds(30));
    assertEquals(1, out.size());
    var requested = mapper.readTree(out.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("confirmation.requested.v1", requested));
    assertEquals("court-longhua", requested.path("courtCode").asText());
    String id = requested.path("applicationId").asText();

    given()
        .auth()
        .oauth2(TestTokens.court("court-longhua"))
        .get("/api/v1/confirmations?size=100")
        .then()
        .statusCode(200)
        .body("disputeId", hasItem(disputeId));
    given()
        .auth()
        .oauth2(TestTokens.court("court-longhua"))
        .get("/api/v1/confirmations/" + id)
        .then()
        .statusCode(200)
        .body("agreement.applyBy", equalTo("2026-12-20"))
        .body("status", equalTo("PENDING"));
    given()
        .auth()
        .oauth2(TestTokens.court("court-other"))
        .get("/api/v1/confirmations?size=100")
        .then()
        .statusCode(200)
        .body("disputeId", not(hasItem(disputeId)));
    given()
        .auth()
        .oauth2(TestTokens.court("court-other"))
        .get("/api/v1/confirmations/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/confirmations/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.staffGuanlan())
        .get("/api/v1/confirmations/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffGuanlan())
        .get("/api/v1/confirmations?size=100")
        .then()
        .statusCode(200)
        .body("disputeId", not(hasItem(disputeId)));
    given().get("/api/v1/confirmations").then().statusCode(401);
    assertEquals(1, applicationsOf(disputeId));
  }

  @Test
  void failedOrUnrequestedOutcomesCreateNothingAndPoisonGoesToTheDeadLetterTopic() {
    String disputeId = UUID.randomUUID().toString();
    KafkaTestSupport.send(
        IN,
        disputeId,
        "{\"type\":\"mediation.concluded.v1\"}",
        Map.of("event-type", "mediation.concluded.v1"));
    String failed = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        failed,
        "mediation.concluded.v1",
        concluded(failed, disputeId, "FAILED", false, "longhua.minzhi.minle"));
    String unasked = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        unasked,
        "mediation.concluded.v1",
        concluded(unasked, disputeId, "SETTLED", false, "longhua.minzhi.minle"));
    String nowhere = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        nowhere,
        "mediation.concluded.v1",
        concluded(nowhere, disputeId, "SETTLED", true, "nanshan.x.y"));

    var dead =
        KafkaTestSupport.readKey(
            "test.judicial-confirmation.dlq", disputeId, 2, Duration.ofSeconds(30));
    assertEquals(2, dead.size());
    assertTrue(KafkaTestSupport.header(dead.get(0), "dead-letter-reason").contains("schema"));
    assertTrue(KafkaTestSupport.header(dead.get(1), "dead-letter-reason").contains("no court"));
    assertEquals(0, applicationsOf(disputeId));
  }
}
