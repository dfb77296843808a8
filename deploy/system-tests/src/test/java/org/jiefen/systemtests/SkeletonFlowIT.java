package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end: through the gateway, with tokens from the real Keycloak, over
 * the real broker and databases — intake → routing → mediator-pool → sla-monitor → case view, then
 * outcome → judicial-confirmation → the court's list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StackExtension.class)
class SkeletonFlowIT {

  static final String VALID_ID = "440306199001011236";
  static String disputeId;

  static String body(String idNumber, String summary) {
    return """
        {"channel":"GRID_MOBILE","category":"LABOR","summary":"%s",
         "occurredAt":"%s","location":{"communityCode":"longhua.minzhi.minle","gridCode":"minle-07",
         "address":"民乐新村12栋"},
         "parties":[{"role":"APPLICANT","name":"张三","idNumber":"%s","phone":"13812345678"},
                    {"role":"RESPONDENT","name":"%s"}],
         "claimAmount":12000.00}
        """
        .formatted(
            summary,
            LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2),
            idNumber,
            // a respondent of its own: the same applicant and respondent again would be linked
            "某某物流有限公司" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  @Order(1)
  void withoutATokenTheApiAnswers401() {
    given()
        .contentType("application/json")
        .body(body(VALID_ID, "无令牌"))
        .post("/api/v1/disputes")
        .then()
        .statusCode(401);
  }

  @Test
  @Order(2)
  void aGridMediatorsReportIsRoutedAssignedAndClockedOnTheCaseView() {
    Response created =
        given()
            .auth()
            .oauth2(Stack.login("grid.minle"))
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(body(VALID_ID, "系统测试：欠薪三个月"))
            .post("/api/v1/disputes");
    created.then().statusCode(201).body("status", equalTo("RECEIVED"));
    disputeId = created.path("id");
    assertTrue(created.header("Location").endsWith("/api/v1/disputes/" + disputeId));

    String staff = Stack.login("staff.minle");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(staff)
                    .get("/api/v1/disputes/" + disputeId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ASSIGNED"))
                    .body("deadlines.clock", hasItems("CENTER_ACK", "MEDIATOR_ACCEPT")));
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/disputes/" + disputeId)
        .then()
        .body("centerCode", equalTo("longhua.minzhi.minle"))
        .body("assignee.username", equalTo("grid.minle"))
        .body("routingTrace.rule", equalTo("community-of-location"))
        .body("parties[0].idNumber", equalTo("4403**********1236"));
    List<String> types =
        given()
            .auth()
            .oauth2(staff)
            .get("/api/v1/disputes/" + disputeId + "/timeline")
            .path("type");
    assertEquals("dispute.received.v1", types.get(0));
    assertTrue(
        types.containsAll(
            List.of("dispute.routed.v1", "dispute.assigned.v1", "deadline.opened.v1")),
        types.toString());
  }

  @Test
  @Order(3)
  void theHoldingCommunityAcknowledgesAndItsClockStopsAsMet() {
    String staff = Stack.login("staff.minle");
    given()
        .auth()
        .oauth2(staff)
        .post("/api/v1/disputes/" + disputeId + "/acknowledge")
        .then()
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(staff)
                    .get("/api/v1/disputes/" + disputeId)
                    .then()
                    .body("deadlines.find { it.clock == 'CENTER_ACK' }.state", equalTo("MET")));
  }

  @Test
  @Order(3)
  void aSiblingCommunityCannotSeeIt() {
    given()
        .auth()
        .oauth2(Stack.login("staff.baishilong"))
        .get("/api/v1/disputes/" + disputeId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Stack.login("staff.minzhi"))
        .get("/api/v1/disputes/" + disputeId)
        .then()
        .statusCode(200);
  }

  @Test
  @Order(4)
  void theSameRoutedEventRedeliveredAssignsNobodyTwice() {
    // the dispute's topic also carries its acknowledgement: take the routing decision itself
    List<ConsumerRecord<String, String>> routed =
        KafkaTestSupport.read(
            "routing.dispute.events",
            r ->
                disputeId.equals(r.key())
                    && "dispute.routed.v1".equals(KafkaTestSupport.header(r, "event-type")),
            l -> !l.isEmpty(),
            Duration.ofSeconds(20));
    assertEquals(1, routed.size());
    ConsumerRecord<String, String> original = routed.get(0);
    KafkaTestSupport.send(
        "routing.dispute.events",
        disputeId,
        original.value(),
        Map.of(
            "event-id", KafkaTestSupport.header(original, "event-id"),
            "event-type", KafkaTestSupport.header(original, "event-type")));
    // A fresh dispute routed after the redelivery proves mediator-pool consumed past it.
    String marker =
        given()
            .auth()
            .oauth2(Stack.login("grid.minle"))
            .contentType("application/json")
            .body(body(VALID_ID, "系统测试：标记"))
            .post("/api/v1/disputes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertEquals(
        1,
        KafkaTestSupport.readKey(
                "mediator-pool.mediation.events", marker, 1, Duration.ofSeconds(60))
            .size());
    long assignedEvents =
        KafkaTestSupport.read(
                "mediator-pool.mediation.events",
                r ->
                    disputeId.equals(r.key())
                        && "dispute.assigned.v1".equals(KafkaTestSupport.header(r, "event-type")),
                l -> false,
                Duration.ofSeconds(5))
            .size();
    assertEquals(1, assignedEvents);
    List<String> types =
        given()
            .auth()
            .oauth2(Stack.login("staff.minle"))
            .get("/api/v1/disputes/" + disputeId + "/timeline")
            .path("type");
    assertEquals(1, types.stream().filter("dispute.assigned.v1"::equals).count());
  }

  @Test
  @Order(5)
  void anInvalidIdNumberIs400NamingTheFieldAndStoresNothing() {
    String staff = Stack.login("staff.minle");
    int before = given().auth().oauth2(staff).get("/api/v1/disputes?size=1").path("total");
    given()
        .auth()
        .oauth2(Stack.login("grid.minle"))
        .contentType("application/json")
        .body(body("440306199001011235", "系统测试：坏身份证"))
        .post("/api/v1/disputes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("parties[0].idNumber"));
    int after = given().auth().oauth2(staff).get("/api/v1/disputes?size=1").path("total");
    assertEquals(before, after);
  }

  @Test
  @Order(6)
  void aSettledAgreementBecomesAConfirmationApplicationTheCourtLists() {
    String grid = Stack.login("grid.minle");
    given()
        .auth()
        .oauth2(grid)
        .post("/api/v1/disputes/" + disputeId + "/assignment/accept")
        .then()
        .statusCode(200);
    List<String> parties =
        given().auth().oauth2(grid).get("/api/v1/disputes/" + disputeId).path("parties.name");
    given()
        .auth()
        .oauth2(grid)
        .contentType("application/json")
        .body(Mediation.settlement(parties))
        .post("/api/v1/disputes/" + disputeId + "/outcome")
        .then()
        .statusCode(200);

    String court = Stack.client("court-longhua");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(court)
                    .get("/api/v1/confirmations?size=100")
                    .then()
                    .statusCode(200)
                    .body("disputeId", hasItem(disputeId)));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Stack.login("staff.minle"))
                    .get("/api/v1/disputes/" + disputeId)
                    .then()
                    .body("status", equalTo("CONFIRMATION_REQUESTED")));
  }

  @Test
  @Order(7)
  void anEscalationCommunityStreetDistrictShowsEveryHopAndASiblingStreetCannotTouchIt() {
    String id =
        given()
            .auth()
            .oauth2(Stack.login("grid.minle"))
            .contentType("application/json")
            .body(body(VALID_ID, "系统测试：跨社区欠薪"))
            .post("/api/v1/disputes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String minle = Stack.login("staff.minle");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(minle)
                    .get("/api/v1/disputes/" + id)
                    .then()
                    .body("status", equalTo("ASSIGNED")));

    transfer(Stack.login("staff.guanlan"), id, "longhua.guanlan", 404);
    transfer(minle, id, "longhua.minzhi", 201);
    String minzhi = Stack.login("staff.minzhi");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(minzhi)
                    .get("/api/v1/disputes/" + id)
                    .then()
                    .body("centerCode", equalTo("longhua.minzhi")));
    transfer(minzhi, id, "longhua", 201);
    String district = Stack.login("staff.district");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(district)
                    .get("/api/v1/disputes/" + id)
                    .then()
                    .body("centerCode", equalTo("longhua"))
                    .body("routingTrace.rule", equalTo("transfer-escalation")));
    given().auth().oauth2(minle).get("/api/v1/disputes/" + id).then().statusCode(404);
    List<Map<String, Object>> hops =
        given()
            .auth()
            .oauth2(district)
            .get("/api/v1/disputes/" + id + "/timeline")
            .then()
            .extract()
            .jsonPath()
            .getList("findAll { it.type == 'dispute.routed.v1' }");
    assertEquals(
        List.of("longhua.minzhi.minle", "longhua.minzhi", "longhua"),
        hops.stream().map(h -> h.get("centerCode")).toList());
    assertEquals("staff.minle", ((Map<?, ?>) hops.get(1).get("actor")).get("username"));
    assertEquals("系统测试：需上级协调", hops.get(1).get("reason"));
  }

  private static void transfer(String token, String id, String to, int status) {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"toCenterCode\":\"" + to + "\",\"reason\":\"系统测试：需上级协调\"}")
        .post("/api/v1/disputes/" + id + "/transfers")
        .then()
        .statusCode(status);
  }
}
