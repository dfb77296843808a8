package org.jiefen.mediatorpool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roster's admin API against the real database: organisations, add/edit/retire, leaves,
 * scoping, workload. Everything lives under 福城 (longhua.fucheng) with codes unique to this run, so
 * the pools other test classes assign from (民乐, 白石龙, 桂花, 民治) stay as they load them.
 */
@QuarkusTest
class MediatorRosterIT {

  @Inject MediatorRepository mediators;

  /** Codes and centers unique to this run: the test database outlives a test class. */
  static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

  static final String STREET = "longhua.fucheng";
  static final String DASHUIKENG = "longhua.fucheng.dashuikeng";
  static final String QIANKENG = "longhua.fucheng.qiankeng";
  static final String ORG_STREET = "RT-FUCHENG-PMC";
  static final String ORG_DASHUIKENG = "RT-DASHUIKENG-PMC";
  static final String ORG_RETIRED = "RT-FUCHENG-OLD";

  static String staffOf(String center) {
    return TestTokens.user("staff." + center, center, "center-staff");
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  @BeforeEach
  void organisations() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"%s","name":"福城街道人民调解委员会（测试）","kind":"PEOPLES_COMMITTEE",
              "centerCode":"%s","active":true},
             {"code":"%s","name":"大水坑社区人民调解委员会（测试）","kind":"PEOPLES_COMMITTEE",
              "centerCode":"%s","active":true},
             {"code":"%s","name":"福城旧调解室（测试）","kind":"STUDIO","centerCode":"%s","active":false}]
            """
                .formatted(ORG_STREET, STREET, ORG_DASHUIKENG, DASHUIKENG, ORG_RETIRED, STREET))
        .put("/api/v1/organisations")
        .then()
        .statusCode(200);
  }

  static String mediator(String code, String center, String org, String specialties) {
    return """
        {"code":"%s","name":"林秀英","kind":"PROFESSIONAL","centerCode":"%s","organisationCode":%s,
         "specialties":%s,"languages":["普通话","客家话"],"capacity":5,"active":true}
        """
        .formatted(code, center, org == null ? "null" : "\"" + org + "\"", specialties);
  }

  static Response add(String body) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/mediators");
  }

  static String added(String code, String center, String org) {
    add(mediator(code, center, org, "[\"LABOR\"]")).then().statusCode(201);
    return code;
  }

  @Test
  void organisationsAreLoadedRepeatablyByAdminsAndReadByAnySignedInUser() {
    String body =
        """
        [{"code":"RT-ORG-%1$s","name":"福城街道物业纠纷调解委员会（测试）","kind":"INDUSTRY_PROFESSIONAL",
          "centerCode":"%2$s","active":true,"sample":true}]
        """
            .formatted(RUN, STREET);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(body)
        .put("/api/v1/organisations")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(body)
        .put("/api/v1/organisations")
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("unchanged", equalTo(1));

    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .queryParam("centerCode", STREET)
        .get("/api/v1/organisations")
        .then()
        .statusCode(200)
        .body("code", hasItems(ORG_STREET, ORG_RETIRED, "RT-ORG-" + RUN))
        .body("code", not(hasItem(ORG_DASHUIKENG)))
        .body("find { it.code == '%s' }.active".formatted(ORG_RETIRED), equalTo(false))
        .body("find { it.code == '%s' }.kind".formatted(ORG_STREET), equalTo("PEOPLES_COMMITTEE"));
    given().get("/api/v1/organisations").then().statusCode(401);

    given()
        .auth()
        .oauth2(staffOf(STREET))
        .contentType("application/json")
        .body(body)
        .put("/api/v1/organisations")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"ok-1","name":"x","kind":"PEOPLES_COMMITTEE","centerCode":"longhua","active":true},
             {"code":"bad code","name":"","kind":"CLUB","centerCode":"Longhua"}]
            """)
        .put("/api/v1/organisations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("[1].kind"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"ok-1","name":"x","kind":"PEOPLES_COMMITTEE","centerCode":"longhua","active":true},
             {"code":"bad code","name":"","kind":"STUDIO","centerCode":"Longhua"}]
            """)
        .put("/api/v1/organisations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("[1].code", "[1].name", "[1].centerCode", "[1].active"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/organisations")
        .then()
        .body("code", not(hasItem("ok-1")));
  }

  @Test
  void anAdminAddsAMediatorAndReadsItBackAtItsLocation() {
    String code = "RT-ADD-" + RUN;
    String location =
        add(mediator(code, DASHUIKENG, ORG_DASHUIKENG, "[\"LABOR\",\"FAMILY\"]"))
            .then()
            .statusCode(201)
            .header("Location", endsWith("/api/v1/mediators/" + code))
            .body("code", equalTo(code))
            .body("organisationCode", equalTo(ORG_DASHUIKENG))
            .body("languages", contains("普通话", "客家话"))
            .body("active", equalTo(true))
            .body("onLeave", equalTo(false))
            .body("workload.openAssignments", equalTo(0))
            .extract()
            .header("Location");
    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .get(location)
        .then()
        .statusCode(200)
        .body("specialties", contains("LABOR", "FAMILY"))
        .body("workload.capacity", equalTo(5));

    add(mediator(code, DASHUIKENG, ORG_DASHUIKENG, "[]"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors.field", contains("code"));
    given()
        .auth()
        .oauth2(staffOf(STREET))
        .contentType("application/json")
        .body(mediator("RT-STAFF-" + RUN, STREET, null, "[]"))
        .post("/api/v1/mediators")
        .then()
        .statusCode(403);
  }

  @Test
  void badEntriesAreRefusedNamingEachFieldAndNothingIsStored() {
    String code = "RT-BAD-" + RUN;
    add(mediator(code, DASHUIKENG, "RT-NO-SUCH-ORG", "[\"LABOUR\",\"LABOR\"]"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("organisationCode", "specialties[0]"))
        .body(
            "errors.find { it.field == 'specialties[0]' }.message",
            equalTo("unknown category LABOUR"));
    // the street's organisation serves its communities; the community's does not serve the street
    add(mediator(code, STREET, ORG_DASHUIKENG, "[]"))
        .then()
        .statusCode(400)
        .body("errors.field", contains("organisationCode"));
    add(mediator(code, DASHUIKENG, ORG_RETIRED, "[]"))
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("retired"));
    add("""
            {"code":"%s","name":" ","kind":"EXPERT","centerCode":"longhua.fucheng",
             "specialties":[],"capacity":5,"active":true}
            """
            .formatted(code))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("kind"));
    add("""
            {"code":"%s","name":"","kind":"GRID","centerCode":"龙华","languages":["粤语, 客家话"],
             "specialties":[],"capacity":-1}
            """
            .formatted(code))
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("name", "centerCode", "languages[0]", "capacity", "active"));
    add("[]").then().statusCode(400);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/mediators/" + code)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void anEditReplacesTheEntryAndRetiringKeepsTheMediatorWithTheReason() {
    String code = added("RT-EDIT-" + RUN, DASHUIKENG, ORG_DASHUIKENG);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            {"name":"林秀英","kind":"STAFF","centerCode":"%s","organisationCode":"%s",
             "specialties":["NEIGHBOR"],"languages":["粤语"],"capacity":9}
            """
                .formatted(STREET, ORG_STREET))
        .put("/api/v1/mediators/" + code)
        .then()
        .statusCode(200)
        .body("kind", equalTo("STAFF"))
        .body("centerCode", equalTo(STREET))
        .body("specialties", contains("NEIGHBOR"))
        .body("languages", contains("粤语"))
        .body("capacity", equalTo(9))
        .body("active", equalTo(true));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            {"name":"林秀英","kind":"STAFF","centerCode":"%s","capacity":9,"active":false}
            """
                .formatted(STREET))
        .put("/api/v1/mediators/" + code)
        .then()
        .statusCode(400)
        .body("errors.field", contains("active"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"name\":\"x\",\"kind\":\"STAFF\",\"centerCode\":\"longhua\",\"capacity\":1}")
        .put("/api/v1/mediators/RT-NOBODY-" + RUN)
        .then()
        .statusCode(404);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"reason\":\" \"}")
        .post("/api/v1/mediators/" + code + "/retire")
        .then()
        .statusCode(400)
        .body("errors.field", contains("reason"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"reason\":\"调离龙华区\"}")
        .post("/api/v1/mediators/" + code + "/retire")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("retireReason", equalTo("调离龙华区"))
        .body("retiredBy", equalTo("admin.jiefen"))
        .body("retiredAt", notNullValue());
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"reason\":\"again\"}")
        .post("/api/v1/mediators/" + code + "/retire")
        .then()
        .statusCode(200)
        .body("retireReason", equalTo("调离龙华区"));
    given()
        .auth()
        .oauth2(staffOf(STREET))
        .queryParam("active", "false")
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("code", hasItem(code));
    given()
        .auth()
        .oauth2(staffOf(STREET))
        .queryParam("active", "true")
        .get("/api/v1/mediators")
        .then()
        .body("code", not(hasItem(code)));
    given()
        .auth()
        .oauth2(staffOf(STREET))
        .queryParam("active", "maybe")
        .get("/api/v1/mediators")
        .then()
        .statusCode(400)
        .body("errors.field", contains("active"));

    // reinstated by an edit that says so
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            {"name":"林秀英","kind":"STAFF","centerCode":"%s","capacity":9,"active":true}
            """
                .formatted(STREET))
        .put("/api/v1/mediators/" + code)
        .then()
        .statusCode(200)
        .body("active", equalTo(true))
        .body("retiredAt", nullValue())
        .body("organisationCode", nullValue());
  }

  @Test
  void leavePeriodsAreRecordedCheckedAndWithdrawn() {
    String code = added("RT-LEAVE-" + RUN, DASHUIKENG, ORG_DASHUIKENG);
    String leaves = "/api/v1/mediators/" + code + "/leaves";
    String today = today();
    LocalDate now = LocalDate.parse(today);

    Response created =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .contentType("application/json")
            .body(
                "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"年休假\"}"
                    .formatted(now.minusDays(1), now.plusDays(2)))
            .post(leaves);
    created.then().statusCode(201).body("reason", equalTo("年休假"));
    String location = created.header("Location");
    long id = created.jsonPath().getLong("id");
    assertTrue(location.endsWith(leaves + "/" + id), location);

    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .get("/api/v1/mediators/" + code)
        .then()
        .statusCode(200)
        .body("onLeave", equalTo(true))
        .body("leaves.id", contains((int) id));
    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .get("/api/v1/mediators")
        .then()
        .body("find { it.code == '%s' }.onLeave".formatted(code), equalTo(true));
    // what assignment sees: the roster it locks, inside its transaction
    List<String> absent =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    mediators.lockRosterOf(DASHUIKENG).stream()
                        .filter(m -> m.onLeave(now))
                        .map(Mediator::code)
                        .toList());
    assertEquals(List.of(code), absent);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"事假\"}"
                .formatted(now.plusDays(2), now.plusDays(3)))
        .post(leaves)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors.field", contains("from"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"事假\"}"
                .formatted(now.plusDays(9), now.plusDays(8)))
        .post(leaves)
        .then()
        .statusCode(400)
        .body("errors.field", contains("to"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"from\":\"2026-02-30\",\"to\":\"2026-03-01\",\"reason\":\"事假\"}")
        .post(leaves)
        .then()
        .statusCode(400)
        .body("errors.field", contains("from"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("{\"from\":\"2026-03-01\"}")
        .post(leaves)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("to", "reason"));
    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .contentType("application/json")
        .body("{\"from\":\"2027-03-01\",\"to\":\"2027-03-01\",\"reason\":\"事假\"}")
        .post(leaves)
        .then()
        .statusCode(403);

    given().auth().oauth2(TestTokens.admin()).delete(location).then().statusCode(204);
    given().auth().oauth2(TestTokens.admin()).delete(location).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/mediators/" + code)
        .then()
        .body("onLeave", equalTo(false))
        .body("leaves", empty());
  }

  @Test
  void staffSeeTheirOwnCenterAndTheCentersBelowButNotASiblings() {
    String here = added("RT-SCOPE-D-" + RUN, DASHUIKENG, ORG_DASHUIKENG);
    String sibling = added("RT-SCOPE-Q-" + RUN, QIANKENG, ORG_STREET);

    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("code", hasItem(here))
        .body("code", not(hasItem(sibling)))
        .body("centerCode", everyItem(equalTo(DASHUIKENG)));
    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .queryParam("centerCode", QIANKENG)
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .body("$", empty());
    given()
        .auth()
        .oauth2(staffOf(DASHUIKENG))
        .get("/api/v1/mediators/" + sibling)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(staffOf(STREET))
        .get("/api/v1/mediators")
        .then()
        .body("code", hasItems(here, sibling));
    given()
        .auth()
        .oauth2(staffOf(STREET))
        .queryParam("specialty", "LABOR")
        .queryParam("organisationCode", ORG_STREET)
        .get("/api/v1/mediators")
        .then()
        .body("code", hasItem(sibling))
        .body("code", not(hasItem(here)));

    // a sibling street's admin cannot touch them either
    String otherAdmin = TestTokens.user("admin.minzhi", "longhua.minzhi", "admin");
    given()
        .auth()
        .oauth2(otherAdmin)
        .contentType("application/json")
        .body("{\"reason\":\"x\"}")
        .post("/api/v1/mediators/" + here + "/retire")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(otherAdmin)
        .contentType("application/json")
        .body(mediator("RT-SCOPE-X-" + RUN, DASHUIKENG, null, "[]"))
        .post("/api/v1/mediators")
        .then()
        .statusCode(400)
        .body("errors.field", contains("centerCode"));

    given().auth().oauth2(TestTokens.gridMinle()).get("/api/v1/mediators").then().statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.partner("partner-hrss", "HRSS"))
        .get("/api/v1/mediators")
        .then()
        .statusCode(403);
  }

  static String routed(String eventId, String disputeId, String center) {
    return """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"reason":null,"centerCode":"%s",
         "centerLevel":"COMMUNITY","previousCenterCode":null,"category":"LABOR",
         "mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"community-of-location","inputs":{},"alternatives":[]}}
        """
        .formatted(eventId, java.time.Instant.now(), disputeId, center);
  }

  @Test
  void eachMediatorShowsItsOpenAssignmentsAsItsWorkload() {
    // a center of its own, so that only this test's disputes land there
    String center = STREET + ".wl" + RUN;
    String busy = added("RT-WL-A-" + RUN, center, ORG_STREET);
    String idle = "RT-WL-B-" + RUN;
    add("""
            {"code":"%s","name":"周建华","kind":"GRID","centerCode":"%s","specialties":["FAMILY"],
             "capacity":5,"active":true}
            """
            .formatted(idle, center))
        .then()
        .statusCode(201);

    for (int i = 0; i < 2; i++) {
      String disputeId = UUID.randomUUID().toString();
      String eventId = UUID.randomUUID().toString();
      KafkaTestSupport.sendEvent(
          "test.routing.dispute.events",
          disputeId,
          eventId,
          "dispute.routed.v1",
          routed(eventId, disputeId, center));
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(staffOf(STREET))
                    .queryParam("centerCode", center)
                    .get("/api/v1/mediators")
                    .then()
                    .statusCode(200)
                    .body(
                        "find { it.code == '%s' }.workload.openAssignments".formatted(busy),
                        equalTo(2))
                    .body(
                        "find { it.code == '%s' }.workload.lastAssignedAt".formatted(busy),
                        notNullValue())
                    .body(
                        "find { it.code == '%s' }.workload.openAssignments".formatted(idle),
                        equalTo(0))
                    .body(
                        "find { it.code == '%s' }.workload.lastAssignedAt".formatted(idle),
                        nullValue()));
  }
}
