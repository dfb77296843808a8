package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.jiefen.platform.testing.WebhookReceiver;
import org.jiefen.platform.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every channel through the gateway with real Keycloak tokens: the grid's phone and the center's
 * portal, and the partner platforms (人社局, 信访局, the court) with their own references — each routed
 * by the seeded rules, a petition repeating a grid report linked to it, a phone's resend harmless,
 * a photo carried through, and the HR bureau told of every change on its webhook.
 */
@ExtendWith(StackExtension.class)
class ChannelsIT {

  static final String APPLICANT_ID = "440306199001011236";
  final ObjectMapper mapper = new ObjectMapper();

  static String report(
      String channel, String category, String respondent, String source, String summary) {
    return """
        {"channel":"%s","category":"%s","summary":"%s","occurredAt":"%s",
         "location":{"communityCode":"longhua.minzhi.minle","gridCode":"minle-07","address":"民乐新村3栋"},
         "parties":[{"role":"APPLICANT","name":"李四","idNumber":"%s","phone":"13912345678"},
                    {"role":"RESPONDENT","name":"%s","organization":"%s"}],
         "claimAmount":8000.00%s}
        """
        .formatted(
            channel,
            category,
            summary,
            LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1),
            APPLICANT_ID,
            respondent,
            respondent,
            source == null ? "" : ",\"source\":" + source);
  }

  static String partnerSource(String platform, String ref) {
    return "{\"platform\":\"" + platform + "\",\"externalRef\":\"" + ref + "\"}";
  }

  static String respondent() {
    return "某某物业公司" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String create(String token, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/disputes")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static void awaitView(String token, String id, String centerCode, String rule) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get("/api/v1/disputes/" + id)
                    .then()
                    .statusCode(200)
                    .body("centerCode", equalTo(centerCode))
                    .body("routingTrace.rule", equalTo(rule)));
  }

  @Test
  void aCenterPortalReportOfANeighbourQuarrelStaysInItsCommunity() {
    String staff = Stack.login("staff.minle");
    String id = create(staff, report("CENTER_PORTAL", "NEIGHBOR", respondent(), null, "系统测试：楼上噪音"));
    awaitView(staff, id, "longhua.minzhi.minle", "community-of-location");
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/disputes/" + id)
        .then()
        .body("channel", equalTo("CENTER_PORTAL"))
        .body("mediationType", equalTo("PEOPLES"));
  }

  @Test
  void theHrBureausLabourCaseGoesToTheStreetAndTheBureauHearsOfEveryChange() throws Exception {
    String hrss = Stack.client("partner-hrss");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Response registered =
          given()
              .auth()
              .oauth2(hrss)
              .contentType("application/json")
              .body("{\"url\":\"" + receiver.url() + "\"}")
              .put("/api/v1/partner/webhook");
      String secret =
          registered.statusCode() == 201
              ? registered.path("secret")
              : given().auth().oauth2(hrss).post("/api/v1/partner/webhook/secret").path("secret");

      String ref = "HRSS-2026-" + UUID.randomUUID().toString().substring(0, 8);
      String id =
          create(
              hrss,
              report(
                  "PARTNER_TRANSFER",
                  "LABOR",
                  respondent(),
                  partnerSource("HRSS", ref),
                  "系统测试：人社局转来欠薪"));
      awaitView(Stack.login("staff.minzhi"), id, "longhua.minzhi", "hrss-labor-to-street");
      given()
          .auth()
          .oauth2(hrss)
          .get("/api/v1/partner/disputes/" + ref)
          .then()
          .statusCode(200)
          .body("id", equalTo(id))
          .body("mediationType", equalTo("INDUSTRY_PROFESSIONAL"));

      // Deliveries still owed for the bureau's earlier cases (other tests' — e.g. the notice that
      // the parties may go to arbitration once the SLA test advanced the clock past their labour
      // clock) come to the URL registered now too: take this case's first.
      JsonNode change = null;
      for (int i = 0; i < 30 && change == null; i++) {
        WebhookReceiver.Received next = receiver.next(Duration.ofSeconds(60));
        JsonNode body = mapper.readTree(next.body());
        if (ref.equals(body.path("externalRef").asText())) {
          assertTrue(WebhookSignature.verify(secret, next.headers().get("signature"), next.body()));
          change = body;
        }
      }
      assertNotNull(change, "no delivery for " + ref);
      assertEquals("dispute.status-changed", change.path("event").asText());
      assertEquals("ROUTED", change.path("status").asText());
      assertEquals("longhua.minzhi", change.path("centerCode").asText());
    }
  }

  @Test
  void aCourtDelegatedCaseGoesToTheDistrictMediationInstitute() {
    String court = Stack.client("court-longhua");
    String ref = "(2026)粤0309民诉前调" + (1000 + (int) (Math.random() * 9000)) + "号";
    String id =
        create(
            court,
            report(
                "PARTNER_TRANSFER",
                "CONTRACT",
                respondent(),
                partnerSource("COURT", ref),
                "系统测试：法院委派调解"));
    awaitView(Stack.login("staff.district"), id, "longhua", "court-delegated");
    given()
        .auth()
        .oauth2(court)
        .get("/api/v1/partner/disputes/" + ref)
        .then()
        .statusCode(200)
        .body("mediationType", equalTo("COURT_DELEGATED"));
  }

  @Test
  void aPetitionRepeatingAGridReportIsLinkedToItAndStaffCanSeparateThem() {
    String respondent = respondent();
    String grid = Stack.login("grid.minle");
    String staff = Stack.login("staff.minle");
    String primary =
        create(grid, report("GRID_MOBILE", "PROPERTY_MGMT", respondent, null, "系统测试：物业漏水"));
    String ref = "XF-" + UUID.randomUUID().toString().substring(0, 8);
    String petition = Stack.client("partner-petition");
    Response duplicate =
        given()
            .auth()
            .oauth2(petition)
            .contentType("application/json")
            .body(
                report(
                    "PARTNER_TRANSFER",
                    "PROPERTY_MGMT",
                    respondent,
                    partnerSource("PETITION", ref),
                    "系统测试：信访反映物业漏水"))
            .post("/api/v1/disputes");
    duplicate.then().statusCode(201).body("status", equalTo("LINKED"));
    String duplicateId = duplicate.path("id");

    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/disputes/" + primary)
        .then()
        .body("links.disputeId", hasItem(duplicateId))
        .body("links.relation", hasItem("DUPLICATED_BY"));
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/disputes/" + duplicateId)
        .then()
        .body("status", equalTo("LINKED"))
        .body("links.disputeId", hasItem(primary))
        .body("links.relation", hasItem("DUPLICATE_OF"));
    given()
        .auth()
        .oauth2(petition)
        .get("/api/v1/partner/disputes/" + ref)
        .then()
        .body("status", equalTo("LINKED"));

    given()
        .auth()
        .oauth2(staff)
        .contentType("application/json")
        .body("{\"reason\":\"系统测试：不同楼栋，并非同一纠纷\"}")
        .post("/api/v1/disputes/" + duplicateId + "/links/" + primary + "/unlink")
        .then()
        .statusCode(204);
    awaitView(Stack.login("staff.minzhi"), duplicateId, "longhua.minzhi", "petition-to-street");
  }

  @Test
  void aPhoneResendingAfterADroppedSignalCreatesOneDispute() {
    String grid = Stack.login("grid.minle");
    String key = UUID.randomUUID().toString();
    String body = report("GRID_MOBILE", "TENANCY", respondent(), null, "系统测试：押金不退");
    Response first =
        given()
            .auth()
            .oauth2(grid)
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/disputes");
    first.then().statusCode(201);
    Response again =
        given()
            .auth()
            .oauth2(grid)
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/disputes");
    again.then().statusCode(201).body("id", equalTo((String) first.path("id")));
    assertEquals("true", again.header("Idempotent-Replayed"));
    given()
        .auth()
        .oauth2(grid)
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body.replace("押金不退", "押金只退一半"))
        .post("/api/v1/disputes")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void aPhotoOfTheSceneIsCarriedThroughTheGatewayUnchanged() {
    String grid = Stack.login("grid.minle");
    String id = create(grid, report("GRID_MOBILE", "TRAFFIC", respondent(), null, "系统测试：剐蹭"));
    byte[] photo = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(photo);
    byte[] jpeg = {
      (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0
    };
    System.arraycopy(jpeg, 0, photo, 0, jpeg.length);
    RestAssuredConfig browser =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));
    String attachment =
        given()
            .config(browser)
            .auth()
            .oauth2(grid)
            .multiPart("file", "现场.jpg", photo, "image/jpeg")
            .post("/api/v1/disputes/" + id + "/attachments")
            .then()
            .statusCode(201)
            .body("mediaType", equalTo("image/jpeg"))
            .extract()
            .path("id");
    byte[] back =
        given()
            .auth()
            .oauth2(Stack.login("staff.minzhi"))
            .get("/api/v1/disputes/" + id + "/attachments/" + attachment)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertArrayEquals(photo, back);
  }

  @Test
  void aCommunityTheTreeDoesNotKnowIsRefusedNamingTheField() {
    given()
        .auth()
        .oauth2(Stack.login("staff.district"))
        .contentType("application/json")
        .body(
            report("CENTER_PORTAL", "NEIGHBOR", respondent(), null, "x")
                .replace("longhua.minzhi.minle", "longhua.minzhi.atlantis"))
        .post("/api/v1/disputes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.communityCode"));
  }
}
