package org.jiefen.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 移交 community → street → district, then a referral down; each hop is a routed event. */
@QuarkusTest
class TransferIT {

  @Inject ObjectMapper mapper;

  @BeforeEach
  void seed() {
    new RoutingIT().seedTree();
  }

  static void transfer(String token, String id, String to, int status) {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"toCenterCode\":\"" + to + "\",\"reason\":\"涉及多个社区，需街道协调\"}")
        .post("/api/v1/disputes/" + id + "/transfers")
        .then()
        .statusCode(status);
  }

  @Test
  void anEscalationClimbsLevelByLevelAndOnlyTheHolderMayMoveIt() throws Exception {
    String id = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        RoutingIT.IN,
        id,
        eventId,
        "dispute.received.v1",
        RoutingIT.received(eventId, id, "longhua.minzhi.minle"));
    KafkaTestSupport.readKey(RoutingIT.OUT, id, 1, Duration.ofSeconds(30));

    transfer(TestTokens.gridMinle(), id, "longhua.minzhi", 403);
    transfer(TestTokens.staffGuanlan(), id, "longhua.guanlan", 404);
    transfer(TestTokens.staffMinle(), id, "longhua.minzhi.baishilong", 403);
    transfer(TestTokens.staffMinle(), id, "longhua.nowhere", 400);
    transfer(TestTokens.staffMinle(), id, "longhua.minzhi", 201);
    transfer(TestTokens.staffMinle(), id, "longhua", 404);
    transfer(TestTokens.staffMinzhi(), id, "longhua", 201);
    transfer(TestTokens.staffDistrict(), id, "longhua.minzhi.baishilong", 201);

    List<JsonNode> routed = new ArrayList<>();
    for (var r : KafkaTestSupport.readKey(RoutingIT.OUT, id, 4, Duration.ofSeconds(30))) {
      routed.add(mapper.readTree(r.value()));
    }
    assertEquals(4, routed.size());
    for (JsonNode e : routed) {
      assertEquals(List.of(), EventSchemas.violations("dispute.routed.v1", e));
    }
    assertEquals(
        List.of("longhua.minzhi.minle", "longhua.minzhi", "longhua", "longhua.minzhi.baishilong"),
        routed.stream().map(e -> e.path("centerCode").asText()).toList());
    JsonNode hop = routed.get(1);
    assertEquals("longhua.minzhi.minle", hop.path("previousCenterCode").asText());
    assertEquals("staff.minle", hop.path("actor").path("username").asText());
    assertEquals("涉及多个社区，需街道协调", hop.path("reason").asText());
    assertEquals("transfer-escalation", hop.path("trace").path("rule").asText());
    assertEquals("transfer-referral", routed.get(3).path("trace").path("rule").asText());
    assertEquals("LABOR", routed.get(3).path("category").asText());
    // the parties travel with every hop, so the receiving pool can check conflicts of interest
    assertEquals("张三", routed.get(3).path("parties").get(0).path("name").asText());

    given()
        .auth()
        .oauth2(TestTokens.staffDistrict())
        .get("/api/v1/routing/decisions/" + id)
        .then()
        .statusCode(200)
        .body("size()", equalTo(4))
        .body("rule", hasItem("transfer-referral"));
  }

  @Test
  void onlyStaffOfTheHoldingCenterAcknowledge() throws Exception {
    String id = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        RoutingIT.IN,
        id,
        eventId,
        "dispute.received.v1",
        RoutingIT.received(eventId, id, "longhua.minzhi.minle"));
    KafkaTestSupport.readKey(RoutingIT.OUT, id, 1, Duration.ofSeconds(30));

    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .post("/api/v1/disputes/" + id + "/acknowledge")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .post("/api/v1/disputes/" + id + "/acknowledge")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .post("/api/v1/disputes/" + id + "/acknowledge")
        .then()
        .statusCode(200)
        .body("centerCode", equalTo("longhua.minzhi.minle"));

    var records = KafkaTestSupport.readKey(RoutingIT.OUT, id, 2, Duration.ofSeconds(30));
    JsonNode ack = mapper.readTree(records.get(1).value());
    assertEquals("dispute.acknowledged.v1", ack.path("type").asText());
    assertEquals(List.of(), EventSchemas.violations("dispute.acknowledged.v1", ack));
    assertEquals("staff.minle", ack.path("actor").path("username").asText());
  }
}
