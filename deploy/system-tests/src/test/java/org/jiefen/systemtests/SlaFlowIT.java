package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA monitor through the gateway, its clock advanced by an admin (local runtime only): a
 * labour dispute escalated to the street is flagged there when its 15 days run out, not an hour
 * before; a mediator who never answers is replaced when 3 working days have passed; a court that
 * sits on an accepted confirmation is flagged when its 15 days are up. Each test moves the clock to
 * an hour before the deadline the monitor itself reported, checks nothing happened yet, then past
 * it.
 */
@ExtendWith(StackExtension.class)
class SlaFlowIT {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final String MINLE = "longhua.minzhi.minle";
  static final String MINZHI = "longhua.minzhi";

  @AfterEach
  void backToTheSystemClock() {
    SlaClock.reset();
  }

  @Test
  void aLabourDisputeEscalatedToTheStreetIsFlaggedThereAtDay15() {
    String grid = Stack.login("grid.minle");
    String staffMinle = Stack.login("staff.minle");
    String staffMinzhi = Stack.login("staff.minzhi");
    String id =
        ChannelsIT.create(
            grid,
            ChannelsIT.report(
                "GRID_MOBILE", "LABOR", ChannelsIT.respondent(), null, "系统测试：劳动争议时限"));
    Map<String, Object> labour = SlaClock.awaitClock(staffMinle, id, "LABOR_MEDIATION");
    // 劳动争议调解仲裁法 Art. 14: 15 days, the start day not counted, a rest day moves it on
    LocalDate started =
        Instant.parse((String) labour.get("startedAt")).atZone(BEIJING).toLocalDate();
    LocalDate due = LocalDate.parse((String) labour.get("dueDate"));
    assertTrue(
        !due.isBefore(started.plusDays(15)) && due.isBefore(started.plusDays(15 + 9)),
        started + " → " + due);

    given()
        .auth()
        .oauth2(staffMinle)
        .contentType("application/json")
        .body("{\"toCenterCode\":\"" + MINZHI + "\",\"reason\":\"系统测试：欠薪人数多，需街道协调\"}")
        .post("/api/v1/disputes/" + id + "/transfers")
        .then()
        .statusCode(201);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                MINZHI.equals(
                    SlaClock.awaitClock(staffMinzhi, id, "LABOR_MEDIATION").get("centerCode")));

    SlaClock.advanceTo(SlaClock.dueAt(labour).minus(Duration.ofHours(1)));
    SlaClock.staysOpen(staffMinzhi, id, "LABOR_MEDIATION");
    SlaClock.advanceTo(SlaClock.dueAt(labour).plus(Duration.ofHours(1)));
    Map<String, Object> overdue =
        SlaClock.awaitState(staffMinzhi, id, "LABOR_MEDIATION", "OVERDUE");
    assertEquals(MINZHI, overdue.get("centerCode"), "the flag names the street that holds it");
    assertEquals(labour.get("id"), overdue.get("id"), "the same clock, not a new one");
    // its consequence: the parties may now apply for arbitration, which the street tells them
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(staffMinzhi)
                    .get("/api/v1/disputes/" + id)
                    .then()
                    .statusCode(200)
                    .body("arbitrationRight.centerCode", equalTo(MINZHI))
                    .body(
                        "arbitrationRight.notice",
                        org.hamcrest.Matchers.containsString("可以依法申请仲裁")));

    Response board =
        given()
            .auth()
            .oauth2(staffMinzhi)
            .get(
                "/api/v1/sla/board?centerCode="
                    + MINZHI
                    + "&state=OVERDUE&clock=LABOR_MEDIATION&size=200");
    board.then().statusCode(200).body("items.disputeId", hasItem(id));
    given()
        .auth()
        .oauth2(staffMinle)
        .get(
            "/api/v1/sla/board?centerCode="
                + MINLE
                + "&state=OVERDUE&clock=LABOR_MEDIATION&size=200")
        .then()
        .statusCode(200)
        .body("items.disputeId", not(hasItem(id)));
    // a sibling community sees neither the street's board nor this dispute's clocks
    String sibling = Stack.login("staff.baishilong");
    given()
        .auth()
        .oauth2(sibling)
        .get("/api/v1/sla/board?centerCode=" + MINZHI)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(sibling)
        .get("/api/v1/disputes/" + id + "/deadlines")
        .then()
        .statusCode(404);
  }

  @Test
  void aMediatorWhoNeverAcceptsIsReplacedAfterThreeWorkingDays() {
    String grid = Stack.login("grid.minle");
    String staff = Stack.login("staff.minle");
    String id =
        ChannelsIT.create(
            grid,
            ChannelsIT.report(
                "GRID_MOBILE", "NEIGHBOR", ChannelsIT.respondent(), null, "系统测试：调解员未接受"));
    MediationFlowIT.awaitCase(staff, id, "ASSIGNED");
    String first = assignee(staff, id);
    Map<String, Object> accept = SlaClock.awaitClock(staff, id, "MEDIATOR_ACCEPT");
    assertEquals("REASSIGN", accept.get("consequence"));

    SlaClock.advanceTo(SlaClock.dueAt(accept).minus(Duration.ofHours(1)));
    SlaClock.staysOpen(staff, id, "MEDIATOR_ACCEPT");
    assertEquals(first, assignee(staff, id), "not replaced before the three working days end");
    SlaClock.advanceTo(SlaClock.dueAt(accept).plus(Duration.ofHours(1)));
    SlaClock.awaitRanOut(staff, id, accept.get("id"));

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !first.equals(assignee(staff, id)));
    String second = assignee(staff, id);
    assertNotEquals(first, second);
    List<Object> types =
        given().auth().oauth2(staff).get("/api/v1/disputes/" + id + "/timeline").path("type");
    assertEquals(2, types.stream().filter("dispute.assigned.v1"::equals).count(), types.toString());
    assertTrue(types.contains("mediation.declined.v1"), types.toString());
  }

  @Test
  void aCourtThatSitsOnAnAcceptedConfirmationIsFlaggedAtDay15() {
    String court = Stack.client("court-longhua");
    String staff = Stack.login("staff.minle");
    String disputeId = CourtFlowIT.settledAskingForConfirmation();
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
    CourtFlowIT.courtPost(court, applicationId[0], "/accept", UUID.randomUUID().toString(), null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    Map<String, Object> decide = SlaClock.awaitClock(staff, disputeId, "COURT_DECIDE");
    // 法释〔2011〕5号 Art. 5: 15 days from acceptance
    LocalDate accepted =
        Instant.parse((String) decide.get("startedAt")).atZone(BEIJING).toLocalDate();
    assertTrue(
        !LocalDate.parse((String) decide.get("dueDate")).isBefore(accepted.plusDays(15)),
        decide.toString());

    SlaClock.advanceTo(SlaClock.dueAt(decide).minus(Duration.ofHours(1)));
    SlaClock.staysOpen(staff, disputeId, "COURT_DECIDE");
    SlaClock.advanceTo(SlaClock.dueAt(decide).plus(Duration.ofHours(1)));
    Map<String, Object> overdue = SlaClock.awaitState(staff, disputeId, "COURT_DECIDE", "OVERDUE");
    assertEquals(decide.get("id"), overdue.get("id"));
    given()
        .auth()
        .oauth2(staff)
        .get("/api/v1/sla/board?state=OVERDUE&clock=COURT_DECIDE&size=200")
        .then()
        .statusCode(200)
        .body("items.disputeId", hasItem(disputeId));
  }

  private static String assignee(String token, String id) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/disputes/" + id + "/assignment")
        .then()
        .statusCode(200)
        .extract()
        .path("mediatorCode");
  }
}
