package org.jiefen.mediatorpool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.AssignmentStatus;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A mediator's own queue (GET /api/v1/assignments/mine) against the real MariaDB and Kafka: what
 * waits on the caller — offered, accepted, paused — and nothing of anyone else's, nor what left
 * them (declined, moved by staff, concluded). Each test has a center of its own whose two mediators
 * take disjoint categories, so every routing's pick is known in advance.
 */
@QuarkusTest
class MediatorQueueIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String MINE = "/api/v1/assignments/mine";

  @Inject AssignmentRepository assignments;

  /** A fresh community: {@code labor} takes only LABOR disputes, {@code family} only FAMILY. */
  record Center(String code, String labor, String family) {
    String staff() {
      return TestTokens.user("staff." + code, code, "center-staff");
    }

    String mediator(String who) {
      return TestTokens.user(who, code, "grid-mediator");
    }
  }

  static Center newCenter() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Center c = new Center("longhua.guanhu.q" + suffix, "ql-" + suffix, "qf-" + suffix);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"%2$s","username":"%2$s","name":"劳动调解员%2$s","kind":"GRID",
              "centerCode":"%1$s","specialties":["LABOR"],"capacity":10,"active":true},
             {"code":"%3$s","username":"%3$s","name":"婚姻家庭调解员%3$s","kind":"PROFESSIONAL",
              "centerCode":"%1$s","specialties":["FAMILY"],"capacity":10,"active":true}]
            """
                .formatted(c.code(), c.labor(), c.family()))
        .put("/api/v1/mediators")
        .then()
        .statusCode(200);
    return c;
  }

  /** Routes a dispute to the center and waits for the pool's decision on it. */
  private String routed(Center c, String category, AssignmentStatus expected) {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        MediatorPoolIT.IN,
        disputeId,
        eventId,
        "dispute.routed.v1",
        """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"centerCode":"%s","centerLevel":"COMMUNITY",
         "category":"%s","mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"community-of-location","inputs":{},"alternatives":[]},
         "parties":[{"role":"APPLICANT","name":"张三"},{"role":"RESPONDENT","name":"李四"}]}
        """
            .formatted(eventId, Instant.now(), disputeId, c.code(), category));
    await().atMost(WAIT).until(() -> statusOf(disputeId) == expected);
    return disputeId;
  }

  private AssignmentStatus statusOf(String disputeId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> assignments.current(disputeId).map(Assignment::status).orElse(null));
  }

  private static Response post(String token, String disputeId, String path, String body) {
    var request = given().auth().oauth2(token).contentType("application/json");
    if (body != null) {
      request.body(body);
    }
    return request.post("/api/v1/disputes/" + disputeId + path);
  }

  private static String entry(String kind, Instant heldAt) {
    return """
        {"kind":"%s","mode":"PHONE","heldAt":"%s","withOtherParty":true,
         "participants":["李四"],"notes":"约定下周面谈"}
        """
        .formatted(kind, heldAt);
  }

  @Test
  void aMediatorSeesWhatWaitsOnThemOfferedFirstAndNobodyElseSeesIt() {
    Center c = newCenter();
    String offered = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String inMediation = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String paused = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String family = routed(c, "FAMILY", AssignmentStatus.ASSIGNED);
    String labor = c.mediator(c.labor());

    post(labor, inMediation, "/assignment/accept", null).then().statusCode(200);
    post(labor, paused, "/assignment/accept", null).then().statusCode(200);
    Instant now = Instant.now();
    // Logged in the wrong order on purpose: the last session is the latest held, not logged.
    post(labor, inMediation, "/sessions", entry("SESSION", now.minusSeconds(3600)))
        .then()
        .statusCode(201);
    post(labor, inMediation, "/sessions", entry("CONTACT", now.minusSeconds(7200)))
        .then()
        .statusCode(201);
    post(labor, paused, "/pause", "{\"kind\":\"EXPERT_APPRAISAL\",\"reason\":\"等待工伤鉴定\"}")
        .then()
        .statusCode(200);

    given()
        .auth()
        .oauth2(labor)
        .get(MINE)
        .then()
        .statusCode(200)
        .body("size()", equalTo(3))
        .body("disputeId", containsInAnyOrder(offered, inMediation, paused))
        .body("[0].disputeId", equalTo(offered))
        .body("[0].status", equalTo("ASSIGNED"))
        .body("[0].category", equalTo("LABOR"))
        .body("[0].centerCode", equalTo(c.code()))
        .body("[0].mediatorCode", equalTo(c.labor()))
        .body("[0].offeredAt", notNullValue())
        .body("[0].acceptedAt", nullValue())
        .body("[0].lastSession", nullValue())
        .body("find { it.disputeId == '%s' }.status".formatted(inMediation), equalTo("ACCEPTED"))
        .body("find { it.disputeId == '%s' }.acceptedAt".formatted(inMediation), notNullValue())
        .body("find { it.disputeId == '%s' }.pausedSince".formatted(inMediation), nullValue())
        .body(
            "find { it.disputeId == '%s' }.lastSession.kind".formatted(inMediation),
            equalTo("SESSION"))
        .body(
            "find { it.disputeId == '%s' }.lastSession.mode".formatted(inMediation),
            equalTo("PHONE"))
        .body("find { it.disputeId == '%s' }.firstContactAt".formatted(inMediation), notNullValue())
        .body("find { it.disputeId == '%s' }.status".formatted(paused), equalTo("ACCEPTED"))
        .body("find { it.disputeId == '%s' }.pausedSince".formatted(paused), notNullValue());

    given()
        .auth()
        .oauth2(c.mediator(c.family()))
        .get(MINE)
        .then()
        .statusCode(200)
        .body("disputeId", equalTo(List.of(family)));

    // Same org unit, same role, not on the roster: an empty queue, not someone else's.
    given()
        .auth()
        .oauth2(c.mediator("not-on-roster"))
        .get(MINE)
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void declinedMovedByStaffAndConcludedAssignmentsLeaveTheQueue() {
    Center c = newCenter();
    String declined = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String moved = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String concluded = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String kept = routed(c, "LABOR", AssignmentStatus.ASSIGNED);
    String labor = c.mediator(c.labor());

    post(labor, declined, "/assignment/decline", "{\"reason\":\"与申请人系亲属，需回避\"}")
        .then()
        .statusCode(200);
    // Nobody else at the center takes LABOR: the dispute waits for staff.
    await().atMost(WAIT).until(() -> statusOf(declined) == AssignmentStatus.UNASSIGNED);

    post(labor, moved, "/assignment/accept", null).then().statusCode(200);
    String tag =
        given()
            .auth()
            .oauth2(c.staff())
            .get("/api/v1/disputes/" + moved + "/assignment")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(c.staff())
        .header("If-Match", tag)
        .contentType("application/json")
        .body("{\"mediatorId\":\"%s\",\"reason\":\"原调解员病假\"}".formatted(c.family()))
        .post("/api/v1/disputes/" + moved + "/assignment")
        .then()
        .statusCode(201);

    post(labor, concluded, "/assignment/accept", null).then().statusCode(200);
    post(
            labor,
            concluded,
            "/outcome",
            "{\"result\":\"FAILED\",\"reason\":\"被申请人拒绝调解\",\"suggestion\":\"ARBITRATION\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"));

    given()
        .auth()
        .oauth2(labor)
        .get(MINE)
        .then()
        .statusCode(200)
        .body("disputeId", equalTo(List.of(kept)));
    given()
        .auth()
        .oauth2(c.mediator(c.family()))
        .get(MINE)
        .then()
        .statusCode(200)
        .body("disputeId", equalTo(List.of(moved)))
        .body("[0].status", equalTo("ASSIGNED"));
  }

  @Test
  void staffKeepTheirCenterListsAndAMediatorStillCannotReadThem() {
    Center c = newCenter();
    String nobodyFits = routed(c, "NEIGHBOR", AssignmentStatus.UNASSIGNED);
    routed(c, "LABOR", AssignmentStatus.ASSIGNED);

    given().auth().oauth2(c.staff()).get(MINE).then().statusCode(200).body("size()", equalTo(0));
    given()
        .auth()
        .oauth2(c.staff())
        .queryParam("status", "UNASSIGNED")
        .get("/api/v1/assignments")
        .then()
        .statusCode(200)
        .body("disputeId", hasItem(nobodyFits));
    given()
        .auth()
        .oauth2(c.mediator(c.labor()))
        .queryParam("status", "UNASSIGNED")
        .get("/api/v1/assignments")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.user("staff.sibling", "longhua.guanhu.xintian", "center-staff"))
        .queryParam("status", "UNASSIGNED")
        .get("/api/v1/assignments")
        .then()
        .statusCode(200)
        .body("disputeId", not(hasItem(nobodyFits)));
    given().get(MINE).then().statusCode(401);
  }
}
