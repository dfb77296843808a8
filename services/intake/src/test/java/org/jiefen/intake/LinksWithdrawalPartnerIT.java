package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LinksWithdrawalPartnerIT {

  static final String OUT = IntakeIT.OUT;

  static String petition(String respondent, String ref) {
    return IntakeIT.body(IntakeIT.ID_NUMBER, "信访转来的欠薪问题", respondent)
        .replace("GRID_MOBILE", "PARTNER_TRANSFER")
        .replace(
            "\"claimAmount\":12000.00",
            "\"claimAmount\":12000.00,\"source\":{\"platform\":\"PETITION\",\"externalRef\":\""
                + ref
                + "\"}");
  }

  private static List<String> types(String disputeId, int atLeast) {
    return KafkaTestSupport.readKey(OUT, disputeId, atLeast, Duration.ofSeconds(30)).stream()
        .map(r -> KafkaTestSupport.header(r, "event-type"))
        .toList();
  }

  @Test
  void aPetitionRepeatingAGridReportIsLinkedBothWaysUntilStaffUnlinkIt() {
    String respondent = "龙华某电子厂" + UUID.randomUUID().toString().substring(0, 6);
    String grid =
        IntakeIT.create(
                TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "欠薪", respondent), null)
            .path("id");
    String ref = "XF-" + UUID.randomUUID();
    var dup =
        IntakeIT.create(
            TestTokens.partner("partner-petition", "PETITION"), petition(respondent, ref), null);
    dup.then().statusCode(201).body("status", equalTo("LINKED"));
    String duplicate = dup.path("id");

    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + grid)
        .then()
        .body("links", hasSize(1))
        .body("links[0].disputeId", equalTo(duplicate))
        .body("links[0].relation", equalTo("DUPLICATED_BY"));
    given()
        .auth()
        .oauth2(TestTokens.partner("partner-petition", "PETITION"))
        .get("/api/v1/partner/disputes/" + ref)
        .then()
        .statusCode(200)
        .body("id", equalTo(duplicate))
        .body("status", equalTo("LINKED"))
        .body("links[0].relation", equalTo("DUPLICATE_OF"));
    assertEquals(List.of("dispute.linked.v1"), types(duplicate, 1));

    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"reason\":\"x\"}")
        .post("/api/v1/disputes/" + grid + "/links/" + duplicate + "/unlink")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body("{\"reason\":\"不同的欠薪期间，应分别处理\"}")
        .post("/api/v1/disputes/" + grid + "/links/" + duplicate + "/unlink")
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + duplicate)
        .then()
        .body("status", equalTo("RECEIVED"))
        .body("links", hasSize(0));
    List<String> after = types(duplicate, 3);
    assertEquals(List.of("dispute.linked.v1", "dispute.unlinked.v1", "dispute.received.v1"), after);
  }

  @Test
  void theReporterWithdrawsWithAReasonOnceAndSiblingsCannot() {
    String id =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "已私下和解"), null)
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"reason\":\" \"}")
        .post("/api/v1/disputes/" + id + "/withdraw")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .contentType("application/json")
        .body("{\"reason\":\"x\"}")
        .post("/api/v1/disputes/" + id + "/withdraw")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"reason\":\"双方已自行和解\"}")
        .post("/api/v1/disputes/" + id + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"reason\":\"again\"}")
        .post("/api/v1/disputes/" + id + "/withdraw")
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/disputes/" + id + "/timeline")
        .then()
        .body("[-1].type", equalTo("dispute.withdrawn.v1"))
        .body("[-1].reason", equalTo("双方已自行和解"));
    List<ConsumerRecord<String, String>> records =
        KafkaTestSupport.readKey(OUT, id, 2, Duration.ofSeconds(30));
    assertTrue(
        records.get(1).value().contains("\"previousStatus\":\"RECEIVED\""), records.get(1).value());
  }

  @Test
  void aPartnerSeesOnlyItsOwnReferences() {
    String ref = "XF-" + UUID.randomUUID();
    IntakeIT.create(
            TestTokens.partner("partner-petition", "PETITION"),
            petition("某公司" + UUID.randomUUID(), ref),
            null)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.partner("partner-hrss", "HRSS"))
        .get("/api/v1/partner/disputes/" + ref)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/partner/disputes/" + ref)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.partner("partner-petition", "PETITION"))
        .get("/api/v1/partner/disputes/" + ref)
        .then()
        .statusCode(200)
        .body("source.externalRef", equalTo(ref));
  }
}
