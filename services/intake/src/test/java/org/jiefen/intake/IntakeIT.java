package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jiefen.intake.domain.Party;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.PartyRepository;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.outbox.OutboxRelayDisabled;
import org.jiefen.platform.outbox.OutboxRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeIT {

  static final String OUT = "test.intake.dispute.events";
  static final String ID_NUMBER = "440306199001011236";

  @Inject DisputeRepository disputes;
  @Inject PartyRepository parties;
  @Inject OutboxRepository outbox;
  @Inject OutboxRelayDisabled relaySwitch;
  @Inject ObjectMapper mapper;

  /** A report with a respondent of its own, so it is never taken for another test's duplicate. */
  static String body(String idNumber, String summary) {
    return body(idNumber, summary, "某某物流有限公司" + UUID.randomUUID().toString().substring(0, 8));
  }

  static String body(String idNumber, String summary, String respondent) {
    return """
        {"channel":"GRID_MOBILE","category":"LABOR","summary":"%s","occurredAt":"2026-11-20",
         "location":{"communityCode":"longhua.minzhi.minle","gridCode":"minle-07","address":"民乐新村12栋"},
         "parties":[{"role":"APPLICANT","name":"张三","idNumber":"%s","phone":"13812345678"},
                    {"role":"RESPONDENT","name":"%s","organization":"%s"}],
         "claimAmount":12000.00}
        """
        .formatted(summary, idNumber, respondent, respondent);
  }

  static Response create(String token, String body, String idempotencyKey) {
    var request = given().auth().oauth2(token).contentType("application/json").body(body);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.post("/api/v1/disputes");
  }

  private long disputeCount() {
    return QuarkusTransaction.requiringNew().call(() -> disputes.count());
  }

  @Test
  void aGridMediatorReportsADisputeWhichIsStoredProtectedAndAnnounced() throws Exception {
    Response created = create(TestTokens.gridMinle(), body(ID_NUMBER, "欠薪三个月"), null);
    created.then().statusCode(201).body("status", equalTo("RECEIVED")).body("id", notNullValue());
    String id = created.path("id");
    assertTrue(created.header("Location").endsWith("/api/v1/disputes/" + id));

    List<Party> stored = QuarkusTransaction.requiringNew().call(() -> parties.ofDispute(id));
    assertEquals(2, stored.size());
    assertNotEquals(ID_NUMBER, stored.get(0).idNumberEncrypted());
    assertFalse(stored.get(0).idNumberEncrypted().contains("199001"));
    assertEquals(64, stored.get(0).idNumberHash().length());

    var records = KafkaTestSupport.readKey(OUT, id, 1, Duration.ofSeconds(30));
    assertEquals(1, records.size());
    var event = mapper.readTree(records.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("dispute.received.v1", event));
    assertEquals("dispute.received.v1", KafkaTestSupport.header(records.get(0), "event-type"));
    assertFalse(records.get(0).value().contains(ID_NUMBER), "no ID number on the wire");
    assertFalse(records.get(0).value().contains("13812345678"), "no phone number on the wire");
    assertEquals(
        stored.get(0).idNumberHash(), event.path("parties").get(0).path("idNumberHash").asText());

    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"))
        .body("centerCode", equalTo("longhua.minzhi.minle"))
        .body("parties[0].idNumber", equalTo("4403**********1236"))
        .body("parties[0].phone", equalTo("138****5678"))
        .body(not(containsString(ID_NUMBER)));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .get("/api/v1/disputes/" + id + "/timeline")
        .then()
        .statusCode(200)
        .body("[0].type", equalTo("dispute.received.v1"))
        .body("[0].actor.username", equalTo("grid.minle"));
  }

  @Test
  void siblingsAndOtherStreetsGet404AndAnonymousCallersGet401() {
    String id = create(TestTokens.gridMinle(), body(ID_NUMBER, "邻里噪音"), null).path("id");
    for (String token : List.of(TestTokens.staffBaishilong(), TestTokens.staffGuanlan())) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/disputes/" + id)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/disputes/" + id + "/timeline")
          .then()
          .statusCode(404);
    }
    given()
        .auth()
        .oauth2(TestTokens.staffDistrict())
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().auth().oauth2(TestTokens.forged()).get("/api/v1/disputes/" + id).then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/disputes?size=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/disputes?size=100&centerCode=longhua.minzhi.minle")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void anInvalidIdNumberIsA400NamingTheFieldAndNothingIsStored() {
    long before = disputeCount();
    create(TestTokens.gridMinle(), body("440306199001011235", "x"), null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem("parties[0].idNumber"))
        .body(not(containsString("440306199001011235")));
    assertEquals(before, disputeCount());
  }

  @Test
  void otherBadInputIsNamedFieldByField() {
    String bad =
        """
        {"channel":"GRID_MOBILE","category":"NOPE","summary":"x","occurredAt":"2099-01-01",
         "location":{"communityCode":"longhua.guanlan.guihua"},
         "parties":[{"role":"RESPONDENT","name":"李四","phone":"12345"}],"claimAmount":-1}
        """;
    long before = disputeCount();
    create(TestTokens.gridMinle(), bad, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("parties[0].phone"))
        .body("errors.field", hasItem("claimAmount"));
    String semantic =
        bad.replace("\"phone\":\"12345\"", "\"phone\":\"13812345678\"").replace("-1", "1");
    create(TestTokens.gridMinle(), semantic, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"))
        .body("errors.field", hasItem("occurredAt"))
        .body("errors.field", hasItem("parties"))
        .body("errors.field", hasItem("location.communityCode"));
    create(TestTokens.gridMinle(), bad.replace("GRID_MOBILE", "FAX"), null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("channel"));
    create(TestTokens.gridMinle(), "{\"channel\":", null).then().statusCode(400);
    assertEquals(before, disputeCount());
  }

  @Test
  void theSameIdempotencyKeyAndBodyReturnTheFirstResultAndAnotherBodyIsAConflict() {
    String key = UUID.randomUUID().toString();
    String body = body(ID_NUMBER, "物业漏水");
    String first =
        create(TestTokens.gridMinle(), body, key).then().statusCode(201).extract().path("id");
    long after = disputeCount();
    Response again = create(TestTokens.gridMinle(), body, key);
    again.then().statusCode(201).body("id", equalTo(first));
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(after, disputeCount());
    create(TestTokens.gridMinle(), body(ID_NUMBER, "另一件事"), key)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertEquals(after, disputeCount());
  }

  @Test
  void outboxRowsWaitUntilTheRelayRunsThenPublish() {
    relaySwitch.pause();
    String id;
    try {
      id = create(TestTokens.gridMinle(), body(ID_NUMBER, "租金押金"), null).path("id");
      long unsent =
          QuarkusTransaction.requiringNew()
              .call(() -> outbox.forAggregate(id).stream().filter(r -> r.sentAt() == null).count());
      assertEquals(1, unsent);
      assertEquals(0, KafkaTestSupport.readKey(OUT, id, 1, Duration.ofSeconds(2)).size());
    } finally {
      relaySwitch.resume();
    }
    assertEquals(1, KafkaTestSupport.readKey(OUT, id, 1, Duration.ofSeconds(30)).size());
  }

  @Test
  void partnersMustUseTheirOwnPlatformAndSeeOnlyWhatTheyHandedIn() {
    String transfer =
        body(ID_NUMBER, "劳动仲裁前调解")
            .replace("GRID_MOBILE", "PARTNER_TRANSFER")
            .replace(
                "\"claimAmount\":12000.00",
                "\"claimAmount\":12000.00,\"source\":{\"platform\":\"HRSS\",\"externalRef\":\"HR-2026-001\"}");
    String id =
        create(TestTokens.partner("partner-hrss", "HRSS"), transfer, null)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.partner("partner-hrss", "HRSS"))
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.partner("partner-petition", "PETITION"))
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(404);
    create(TestTokens.partner("partner-petition", "PETITION"), transfer, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("source.platform"));
    create(TestTokens.court("court-longhua"), body(ID_NUMBER, "x"), null).then().statusCode(403);
  }
}
