package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.platform.testing.WebhookReceiver;
import org.jiefen.platform.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The court's side through the gateway with the real client-credentials token of court-longhua: a
 * settlement asking for confirmation becomes an application → accept → materials asked for and
 * supplied by the center → confirmed; a retried decision replays, another key is refused; the
 * second court (court-baoan) sees nothing of Longhua's; the court's webhook receiver, down while
 * all this happens, gets every change exactly once per delivery id when it comes back.
 */
@ExtendWith(StackExtension.class)
class CourtFlowIT {

  static Response courtPost(String token, String id, String path, String key, String body) {
    var request = given().auth().oauth2(token).contentType("application/json");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (body != null) {
      request.body(body);
    }
    return request.post("/api/v1/court/applications/" + id + path);
  }

  /** A LABOR dispute at 民乐 settled by grid.minle with the parties asking for confirmation. */
  static String settledAskingForConfirmation() {
    String grid = Stack.login("grid.minle");
    String respondent = ChannelsIT.respondent();
    String id =
        ChannelsIT.create(
            grid, ChannelsIT.report("GRID_MOBILE", "LABOR", respondent, null, "系统测试：司法确认"));
    MediationFlowIT.awaitCase(grid, id, "ASSIGNED");
    given()
        .auth()
        .oauth2(grid)
        .post("/api/v1/disputes/" + id + "/assignment/accept")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(grid)
        .contentType("application/json")
        .body(Mediation.settlement(List.of("李四", respondent)))
        .post("/api/v1/disputes/" + id + "/outcome")
        .then()
        .statusCode(200);
    return id;
  }

  static final String SECRET = "system-test-court-longhua-secret-0123456789";

  @Test
  void acceptAskForMaterialsSupplyAndConfirmAndNoOtherCourtSeesIt() throws Exception {
    String court = Stack.client("court-longhua");
    // The court's system is down at first: nothing listens on the registered port yet.
    int port = WebhookReceiver.freePort();
    given()
        .auth()
        .oauth2(court)
        .contentType("application/json")
        .body("{\"url\":\"" + WebhookReceiver.urlAt(port) + "\",\"secret\":\"" + SECRET + "\"}")
        .put("/api/v1/court/webhook")
        .then()
        .statusCode(200);
    String disputeId = settledAskingForConfirmation();
    String[] applicationId = new String[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              Response list =
                  given()
                      .auth()
                      .oauth2(court)
                      .get("/api/v1/court/applications?status=PENDING&size=100");
              list.then().statusCode(200).body("items.disputeId", hasItem(disputeId));
              applicationId[0] = list.path("items.find { it.disputeId == '" + disputeId + "' }.id");
            });
    String id = applicationId[0];
    Response pdf =
        given().auth().oauth2(court).get("/api/v1/court/applications/" + id + "/agreement.pdf");
    pdf.then().statusCode(200).contentType("application/pdf");
    assertTrue(new String(pdf.asByteArray(), 0, 5).startsWith("%PDF"));

    String other = Stack.client("court-baoan");
    given()
        .auth()
        .oauth2(other)
        .get("/api/v1/court/applications?size=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    given().auth().oauth2(other).get("/api/v1/court/applications/" + id).then().statusCode(404);

    courtPost(court, id, "/accept", UUID.randomUUID().toString(), null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    courtPost(
            court,
            id,
            "/supplement-requests",
            UUID.randomUUID().toString(),
            "{\"items\":[\"系统测试：劳动合同原件\"]}")
        .then()
        .statusCode(200)
        .body("status", equalTo("MATERIALS_REQUESTED"));
    given()
        .auth()
        .oauth2(Stack.login("staff.minle"))
        .contentType("application/json")
        .body("{\"note\":\"系统测试：已补交劳动合同原件\"}")
        .post("/api/v1/confirmations/" + id + "/materials")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));

    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    String decision =
        "{\"result\":\"CONFIRMED\",\"rulingNumber\":\"(%d)粤0309民特%d号\"}"
            .formatted(year, 100 + (int) (Math.random() * 900));
    String key = UUID.randomUUID().toString();
    courtPost(court, id, "/decision", key, decision)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"));
    Response replay = courtPost(court, id, "/decision", key, decision);
    replay.then().statusCode(200).body("status", equalTo("CONFIRMED"));
    assertEquals("true", replay.header("Idempotent-Replayed"));
    courtPost(court, id, "/decision", UUID.randomUUID().toString(), decision)
        .then()
        .statusCode(409)
        .body("detail", containsString("CONFIRMED"));

    MediationFlowIT.awaitCase(Stack.login("staff.minle"), disputeId, "CONFIRMED");

    // Back up: every change of this application arrives, signed, once per delivery id.
    List<String> expected =
        List.of("PENDING", "ACCEPTED", "MATERIALS_REQUESTED", "ACCEPTED", "CONFIRMED");
    Map<String, Integer> seen = new HashMap<>();
    List<String> statuses = new ArrayList<>();
    try (WebhookReceiver receiver = new WebhookReceiver(port)) {
      long until = System.currentTimeMillis() + 90_000;
      while (seen.size() < expected.size() && System.currentTimeMillis() < until) {
        WebhookReceiver.Received r = receiver.next(Duration.ofSeconds(90));
        JsonNode body = new ObjectMapper().readTree(r.body());
        if (!id.equals(body.path("applicationId").asText())) {
          continue;
        }
        assertTrue(WebhookSignature.verify(SECRET, r.headers().get("signature"), r.body()));
        seen.merge(r.headers().get("delivery"), 1, Integer::sum);
        statuses.add(body.path("sequence").asLong() + ":" + body.path("status").asText());
      }
    }
    assertEquals(expected.size(), seen.size(), statuses.toString());
    assertTrue(seen.values().stream().allMatch(n -> n == 1), "exactly once per delivery id");
  }
}
