package org.jiefen.judicialconfirmation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.judicialconfirmation.service.CourtWebhooks;
import org.jiefen.platform.crypto.SecretBox;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.platform.testing.WebhookReceiver;
import org.jiefen.platform.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;

/** A court's system that was down for a while gets every change, signed, once per delivery id. */
@QuarkusTest
class CourtWebhookIT {

  static final String SECRET = "court-longhua-callback-secret-0123456789";

  @Inject ObjectMapper mapper;

  @Test
  void changesMadeWhileTheReceiverWasDownArriveOncePerDeliveryWhenItIsBack() throws Exception {
    int port = WebhookReceiver.freePort();
    given()
        .auth()
        .oauth2(CourtApiIT.COURT)
        .contentType("application/json")
        .body("{\"url\":\"" + WebhookReceiver.urlAt(port) + "\",\"secret\":\"short\"}")
        .put("/api/v1/court/webhook")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("secret"));
    given()
        .auth()
        .oauth2(CourtApiIT.COURT)
        .contentType("application/json")
        .body("{\"url\":\"" + WebhookReceiver.urlAt(port) + "\",\"secret\":\"" + SECRET + "\"}")
        .put("/api/v1/court/webhook")
        .then()
        .statusCode(200)
        .body("url", equalTo(WebhookReceiver.urlAt(port)))
        .body("secret", org.hamcrest.Matchers.nullValue());

    // nothing listens: the filing and the acceptance are queued and their first attempts fail
    CourtApiIT.Filed filed = new CourtApiIT().withMapper(mapper).file(CourtApiIT.today());
    CourtApiIT.post(
            CourtApiIT.COURT, filed.applicationId(), "/accept", UUID.randomUUID().toString(), null)
        .then()
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(CourtApiIT.COURT)
                    .get("/api/v1/court/webhook/deliveries?size=100")
                    .then()
                    .body(
                        "items.findAll { it.aggregateId == '%s' }.lastError"
                            .formatted(filed.disputeId()),
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
                    .body(
                        "items.findAll { it.aggregateId == '%s' }.size()"
                            .formatted(filed.disputeId()),
                        equalTo(2)));

    try (WebhookReceiver receiver = new WebhookReceiver(port)) {
      Map<String, Integer> delivered = new HashMap<>();
      List<String> statuses = new ArrayList<>();
      long until = System.currentTimeMillis() + 30_000;
      while (delivered.size() < 2 && System.currentTimeMillis() < until) {
        WebhookReceiver.Received r = receiver.next(Duration.ofSeconds(30));
        JsonNode body = mapper.readTree(r.body());
        if (!filed.disputeId().equals(body.path("disputeId").asText())) {
          continue;
        }
        assertTrue(WebhookSignature.verify(SECRET, r.headers().get("signature"), r.body()));
        assertEquals(body.path("deliveryId").asText(), r.headers().get("delivery"));
        delivered.merge(r.headers().get("delivery"), 1, Integer::sum);
        statuses.add(body.path("status").asText());
      }
      assertEquals(2, delivered.size());
      assertTrue(delivered.values().stream().allMatch(n -> n == 1), "once per delivery id");
      assertTrue(statuses.containsAll(List.of("PENDING", "ACCEPTED")), statuses.toString());
      // nothing more comes for them: both are DELIVERED, with the failed attempts on record
      Thread.sleep(2500);
      String delivery = delivered.keySet().iterator().next();
      given()
          .auth()
          .oauth2(CourtApiIT.COURT)
          .get("/api/v1/court/webhook/deliveries/" + delivery)
          .then()
          .statusCode(200)
          .body("state", equalTo("DELIVERED"))
          .body("attempts.httpStatus", hasItem(200))
          .body("attempts.size()", org.hamcrest.Matchers.greaterThan(1));
      given()
          .auth()
          .oauth2(TestTokens.court("court-baoan"))
          .get("/api/v1/court/webhook/deliveries/" + delivery)
          .then()
          .statusCode(404);
    }
  }

  @Inject EntityManager em;
  @Inject CourtWebhooks webhooks;

  @ConfigProperty(name = "jiefen.confirmation.secret-key")
  String key;

  @ConfigProperty(name = "jiefen.confirmation.previous-secret-keys")
  List<String> previousKeys;

  @Test
  void aSecretSealedUnderAReplacedKeyStillSignsAndIsResealedUnderTheCurrentOne() throws Exception {
    String url = WebhookReceiver.urlAt(WebhookReceiver.freePort());
    given()
        .auth()
        .oauth2(CourtApiIT.COURT)
        .contentType("application/json")
        .body("{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}")
        .put("/api/v1/court/webhook")
        .then()
        .statusCode(200);
    // as stored before the rotation: sealed under the key the current one replaced
    String court =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  String code =
                      (String)
                          em.createNativeQuery(
                                  "select court_code from court_webhook where url = ?1")
                              .setParameter(1, url)
                              .getSingleResult();
                  em.createNativeQuery(
                          "update court_webhook set secret_enc = ?1 where court_code = ?2")
                      .setParameter(1, new SecretBox(previousKeys.get(0)).encrypt(SECRET))
                      .setParameter(2, code)
                      .executeUpdate();
                  return code;
                });

    assertEquals(
        SECRET,
        QuarkusTransaction.requiringNew()
            .call(
                () -> webhooks.endpointOf(CourtWebhooks.subscriber(court)).orElseThrow().secret()),
        "the replaced key still opens it");
    // the scheduled run may have taken it first; either way it ends under the current key
    webhooks.resealSecrets();
    String sealed =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        em.createNativeQuery(
                                "select secret_enc from court_webhook where court_code = ?1")
                            .setParameter(1, court)
                            .getSingleResult());
    assertEquals(SECRET, new SecretBox(key).decrypt(sealed), "the current key alone opens it");
  }
}
