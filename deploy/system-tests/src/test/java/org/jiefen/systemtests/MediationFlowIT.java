package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mediation through the gateway with real tokens and the seeded roster: routed → assigned to
 * grid.minle → declined → nobody else at 民乐 takes labour, so it waits UNASSIGNED and staff see it →
 * staff reassign to the district's mediator.chen (If-Match) → accepted → a session with the other
 * party → settled → the 调解协议书 PDF downloadable by the case's center, not by a sibling; the
 * mediators' workload visible to staff.
 */
@ExtendWith(StackExtension.class)
class MediationFlowIT {

  static void awaitCase(String token, String id, String status) {
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
                    .body("status", equalTo(status)));
  }

  @Test
  void declinedReassignedByStaffAcceptedSettledAndTheAgreementIssued() {
    String grid = Stack.login("grid.minle");
    String staff = Stack.login("staff.minle");
    String chen = Stack.login("mediator.chen");
    String respondent = ChannelsIT.respondent();
    String id =
        ChannelsIT.create(
            grid, ChannelsIT.report("GRID_MOBILE", "LABOR", respondent, null, "系统测试：调解全流程"));
    awaitCase(staff, id, "ASSIGNED");
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/disputes/" + id)
        .then()
        .body("assignee.username", equalTo("grid.minle"));

    given()
        .auth()
        .oauth2(grid)
        .contentType("application/json")
        .body("{\"reason\":\"系统测试：本人为申请人亲属，申请回避\"}")
        .post("/api/v1/disputes/" + id + "/assignment/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    awaitCase(staff, id, "UNASSIGNED");
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/assignments?status=UNASSIGNED")
        .then()
        .statusCode(200)
        .body("disputeId", hasItem(id));

    Response current = given().auth().oauth2(staff).get("/api/v1/disputes/" + id + "/assignment");
    current.then().statusCode(200).body("status", equalTo("UNASSIGNED"));
    given()
        .auth()
        .oauth2(staff)
        .contentType("application/json")
        .header("If-Match", current.header("ETag"))
        .body("{\"mediatorId\":\"M-DISTRICT-PRO-CHEN\",\"reason\":\"系统测试：请区调解院专家支持\"}")
        .post("/api/v1/disputes/" + id + "/assignment")
        .then()
        .statusCode(201)
        .body("mediatorCode", equalTo("M-DISTRICT-PRO-CHEN"));
    awaitCase(staff, id, "ASSIGNED");

    given()
        .auth()
        .oauth2(chen)
        .post("/api/v1/disputes/" + id + "/assignment/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    awaitCase(staff, id, "IN_MEDIATION");
    given()
        .auth()
        .oauth2(chen)
        .contentType("application/json")
        .body(
            """
            {"kind":"SESSION","mode":"IN_PERSON","heldAt":"%s","withOtherParty":true,
             "participants":["李四","%s"],"notes":"系统测试：双方到场调解"}
            """
                .formatted(Instant.now().minusSeconds(600), respondent))
        .post("/api/v1/disputes/" + id + "/sessions")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(chen)
        .contentType("application/json")
        .body(Mediation.settlement(List.of("李四", respondent)))
        .post("/api/v1/disputes/" + id + "/outcome")
        .then()
        .statusCode(200)
        .body("status", equalTo("SETTLED"));
    awaitCase(staff, id, "CONFIRMATION_REQUESTED");

    for (String token : List.of(staff, chen)) {
      Response pdf = given().auth().oauth2(token).get("/api/v1/disputes/" + id + "/agreement.pdf");
      pdf.then().statusCode(200).contentType("application/pdf");
      assertTrue(new String(pdf.asByteArray(), 0, 5).startsWith("%PDF"));
    }
    given()
        .auth()
        .oauth2(Stack.login("staff.baishilong"))
        .get("/api/v1/disputes/" + id + "/agreement.pdf")
        .then()
        .statusCode(404);

    List<Map<String, Object>> timeline =
        given().auth().oauth2(staff).get("/api/v1/disputes/" + id + "/timeline").path("");
    List<Object> types = timeline.stream().map(t -> t.get("type")).toList();
    assertTrue(
        types.containsAll(
            List.of(
                "dispute.assigned.v1",
                "mediation.declined.v1",
                "dispute.unassigned.v1",
                "mediation.accepted.v1",
                "mediation.logged.v1",
                "mediation.concluded.v1")),
        types.toString());
  }

  @Test
  void staffSeeTheirMediatorsWorkload() {
    String staff = Stack.login("staff.minle");
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/mediators?centerCode=longhua.minzhi.minle")
        .then()
        .statusCode(200)
        .body("find { it.username == 'grid.minle' }.workload.capacity", greaterThan(0))
        .body("code", hasItem("M-MINLE-GRID-01"));
    assertEquals(
        404,
        given()
            .auth()
            .oauth2(Stack.login("staff.baishilong"))
            .get("/api/v1/mediators/M-MINLE-GRID-01")
            .statusCode());
  }
}
