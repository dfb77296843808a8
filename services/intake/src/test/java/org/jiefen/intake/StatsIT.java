package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/stats against the real database, fed through the real projection from Kafka: two
 * sibling communities of 大浪 street (no other test reports there) and the street itself, in March
 * and April 2026 (Beijing time). Disputes are reported through the API and then dated back into
 * March, as if received then; everything after that arrives as the other services' events.
 */
@QuarkusTest
@TestProfile(StatsIT.OwnTopics.class)
class StatsIT {

  /**
   * Topics of this test's own: exact figures must not count clocks that another service's tests,
   * sharing the broker and its test.* topics, open on these disputes' routing events.
   */
  public static class OwnTopics implements QuarkusTestProfile {
    static final String PREFIX = "stats-it.";

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jiefen.topics.prefix", PREFIX, "%test.jiefen.topics.prefix", PREFIX);
    }
  }

  static final String A = "longhua.dalang.langkou";
  static final String B = "longhua.dalang.henglang";
  static final String S = "longhua.dalang";
  static final String MARCH = "from=2026-03-01&to=2026-03-31";
  static final String ROUTING = OwnTopics.PREFIX + "routing.dispute.events";
  static final String MEDIATION = OwnTopics.PREFIX + "mediator-pool.mediation.events";
  static final String DEADLINES = OwnTopics.PREFIX + "sla-monitor.deadline.events";

  static final String STAFF_A = TestTokens.user("staff.langkou", A, "center-staff");
  static final String STAFF_B = TestTokens.user("staff.henglang", B, "center-staff");
  static final String STAFF_S = TestTokens.user("staff.dalang", S, "center-staff");
  static final String GRID_A = TestTokens.user("grid.langkou", A, "grid-mediator");

  /** Built once per test JVM: the projection and the database outlive a test method. */
  static String d2;

  static String d3;

  static boolean built;

  @Inject DisputeRepository disputes;

  /** Figures are read as BigDecimal, so 0.5000 and 2.3 are compared as the numbers sent. */
  static final RestAssuredConfig DECIMALS =
      RestAssuredConfig.config()
          .jsonConfig(
              JsonConfig.jsonConfig()
                  .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

  @BeforeEach
  void fixture() {
    if (built) {
      assertNotNull(d2, "the fixture failed in an earlier test");
      return;
    }
    built = true;
    String d1 = report(GRID_A, A, "LABOR", "GRID_MOBILE", "2026-03-02T02:00:00Z");
    String respondent = "浪口某某商行" + UUID.randomUUID().toString().substring(0, 8);
    String two = create(STAFF_A, body(A, "NEIGHBOR", "CENTER_PORTAL", respondent), "RECEIVED");
    String d7 = create(STAFF_A, body(A, "NEIGHBOR", "CENTER_PORTAL", respondent), "LINKED");
    backdate(two, "2026-03-03T02:00:00Z");
    backdate(d7, "2026-03-03T05:00:00Z");
    // 00:30 on 1 March in Beijing, still 28 February in UTC
    report(GRID_A, A, "FAMILY", "GRID_MOBILE", "2026-02-28T16:30:00Z");
    String d3 =
        report(
            TestTokens.partner("partner-hrss", "HRSS"),
            B,
            "LABOR",
            "PARTNER_TRANSFER",
            "2026-03-10T02:00:00Z");
    String d4 = report(STAFF_B, B, "PROPERTY_MGMT", "CENTER_PORTAL", "2026-03-20T02:00:00Z");

    // D1: settled at A after 3 days; its acceptance clock met
    routed(d1, A, "2026-03-02T03:00:00Z");
    String k1 = opened(d1, "MEDIATOR_ACCEPT", A, "2026-03-02T03:00:00Z", "2026-03-05T15:59:59Z");
    closed(d1, k1, "MEDIATOR_ACCEPT", A, "2026-03-03T01:00:00Z", true, null);
    concluded(d1, A, "SETTLED", "2026-03-05T03:00:00Z");

    // D2: the acceptance clock runs out at A; failed at A after 1.5 days (00:30 on 5 March in
    // Beijing), escalated to the street, whose people's-mediation clock (opened at A, it runs for
    // the whole dispute) warns and runs out while the street holds it; settled at S after 24 days.
    routed(two, A, "2026-03-03T04:30:00Z");
    String k2 = opened(two, "MEDIATOR_ACCEPT", A, "2026-03-03T04:30:00Z", "2026-03-06T15:59:59Z");
    String k3 = opened(two, "PEOPLES_MEDIATION", A, "2026-03-03T04:30:00Z", "2026-03-25T15:59:59Z");
    concluded(two, A, "FAILED", "2026-03-04T16:30:00Z");
    routed(two, S, "2026-03-04T17:30:00Z");
    String overdueK2 = overdue(two, k2, "MEDIATOR_ACCEPT", A, "2026-03-06T15:59:59Z");
    warning(two, k3, "PEOPLES_MEDIATION", S, "2026-03-19T00:00:00Z", "2026-03-25T15:59:59Z");
    overdue(two, k3, "PEOPLES_MEDIATION", S, "2026-03-25T15:59:59Z");
    // extended by the parties' consent after it ran out, then met: still March's overdue clock
    changed(
        two,
        k3,
        "PEOPLES_MEDIATION",
        S,
        "EXTENDED",
        "OPEN",
        "2026-03-26T02:00:00Z",
        "2026-04-10T15:59:59Z");
    concluded(two, S, "SETTLED", "2026-03-28T17:30:00Z");
    closed(two, k3, "PEOPLES_MEDIATION", S, "2026-03-28T17:30:00Z", true, "MET");
    // the same overdue flag delivered again changes nothing
    sendDeadline(
        two,
        overdueK2,
        "sla.overdue.v1",
        overdueJson(overdueK2, two, k2, "MEDIATOR_ACCEPT", A, "2026-03-06T15:59:59Z"));

    // D3: acknowledged at B in time, transferred up to the street after 2 days, still there; the
    // acceptance clock at B was handed over before it was due: never due anywhere
    routed(d3, B, "2026-03-10T03:00:00Z");
    String k4 = opened(d3, "CENTER_ACK", B, "2026-03-10T03:00:00Z", "2026-03-11T15:59:59Z");
    closed(d3, k4, "CENTER_ACK", B, "2026-03-10T08:00:00Z", true, null);
    String k7 = opened(d3, "MEDIATOR_ACCEPT", B, "2026-03-11T03:00:00Z", "2026-03-16T15:59:59Z");
    routed(d3, S, "2026-03-12T03:00:00Z");
    closed(d3, k7, "MEDIATOR_ACCEPT", B, "2026-03-12T03:00:00Z", false, "HANDED_OVER");
    // the dispute's own labour clock follows it to the street, is extended into April and runs
    // out there: April's, the street's; a clock paused (and past its stated due) is not due
    String k8 = opened(d3, "LABOR_MEDIATION", B, "2026-03-10T03:00:00Z", "2026-03-25T15:59:59Z");
    changed(
        d3,
        k8,
        "LABOR_MEDIATION",
        S,
        "TRANSFERRED",
        "OPEN",
        "2026-03-12T03:00:00Z",
        "2026-03-25T15:59:59Z");
    changed(
        d3,
        k8,
        "LABOR_MEDIATION",
        S,
        "EXTENDED",
        "OPEN",
        "2026-03-20T02:00:00Z",
        "2026-04-04T15:59:59Z");
    overdue(d3, k8, "LABOR_MEDIATION", S, "2026-04-04T15:59:59Z");
    String k9 = opened(d3, "MEDIATOR_CONTACT", S, "2026-03-13T03:00:00Z", "2026-03-18T15:59:59Z");
    changed(
        d3,
        k9,
        "MEDIATOR_CONTACT",
        S,
        "PAUSED",
        "PAUSED",
        "2026-03-14T03:00:00Z",
        "2026-03-18T15:59:59Z");

    // D4: a clock due at 00:30 on 1 April in Beijing runs out (April's); settled at B on 2 April
    // after 13 days (a stage of April's)
    routed(d4, B, "2026-03-20T03:00:00Z");
    String k5 = opened(d4, "CENTER_ACK", B, "2026-03-20T03:00:00Z", "2026-03-31T16:30:00Z");
    overdue(d4, k5, "CENTER_ACK", B, "2026-03-31T16:30:00Z");
    concluded(d4, B, "SETTLED", "2026-04-02T03:00:00Z");

    // D5: this month's, withdrawn
    String d5 = create(STAFF_A, body(A, "TRAFFIC", "CENTER_PORTAL", "某车主"), "RECEIVED");
    given()
        .auth()
        .oauth2(STAFF_A)
        .contentType("application/json")
        .body("{\"reason\":\"双方已自行和解\"}")
        .post("/api/v1/disputes/" + d5 + "/withdraw")
        .then()
        .statusCode(200);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              march(STAFF_S).body("total.concluded", num(3)).body("total.warned", num(1));
              stats(STAFF_S, "from=2026-04-01&to=2026-04-30")
                  .body("total.concluded", num(1))
                  .body("total.overdue", num(2));
              timeline(two).body("type", hasItem("deadline.closed.v1"));
            });
    d2 = two;
    StatsIT.d3 = d3;
  }

  @Test
  void theStreetSeesEachOfItsCentersAndTheirTotalInExactNumbers() {
    ValidatableResponse r =
        march(STAFF_S)
            .statusCode(200)
            .body("scope", equalTo(S))
            .body("period.from", equalTo("2026-03-01"))
            .body("period.to", equalTo("2026-03-31"))
            .body("period.timezone", equalTo("Asia/Shanghai"))
            .body("period.days", num(31))
            .body("centers.centerCode", equalTo(List.of(S, B, A)))
            .body("centers[0].centerName", equalTo("大浪街道"))
            .body("centers[0].level", equalTo("STREET"));
    assertFigures(r, "centers[2].figures", A_MARCH);
    assertFigures(r, "centers[1].figures", B_MARCH);
    assertFigures(r, "centers[0].figures", S_MARCH);
    assertFigures(r, "total", TOTAL_MARCH);
    r.body("centers[1].figures.settledRate", nullValue()) // nothing concluded at B in March
        .body("centers[2].figures.receivedByCategory.LABOR", num(1))
        .body("centers[2].figures.receivedByCategory.NEIGHBOR", num(1))
        .body("centers[2].figures.receivedByCategory.FAMILY", num(1))
        .body("centers[2].figures.receivedByCategory.TRAFFIC", num(0))
        .body("centers[2].figures.receivedByChannel.GRID_MOBILE", num(2))
        .body("centers[2].figures.receivedByChannel.CENTER_PORTAL", num(1))
        .body("centers[2].figures.receivedByChannel.PARTNER_TRANSFER", num(0))
        .body("total.receivedByCategory.LABOR", num(2))
        .body("total.receivedByCategory.PROPERTY_MGMT", num(1))
        .body("total.receivedByChannel.PARTNER_TRANSFER", num(1))
        .body("total.receivedByChannel.CENTER_PORTAL", num(2))
        .body("total.receivedByCategory.size()", equalTo(8));
  }

  @Test
  void aCommunitySeesItselfOnlyAndNeverItsSibling() {
    ValidatableResponse a = march(STAFF_A).statusCode(200).body("scope", equalTo(A));
    a.body("centers.centerCode", equalTo(List.of(A)));
    assertFigures(a, "centers[0].figures", A_MARCH);
    assertFigures(a, "total", A_MARCH);
    ValidatableResponse b = march(STAFF_B).body("centers.centerCode", equalTo(List.of(B)));
    assertFigures(b, "total", B_MARCH);
    for (String sibling : List.of(B, S, S + ".nowhere", "longhua.minzhi.minle")) {
      stats(STAFF_A, MARCH + "&centerCode=" + sibling)
          .statusCode(404)
          .contentType("application/problem+json");
    }
    stats(TestTokens.staffMinzhi(), MARCH)
        .statusCode(200)
        .body("centers.centerCode", not(hasItem(A)));
    stats(TestTokens.staffMinzhi(), MARCH + "&centerCode=" + S).statusCode(404);
  }

  @Test
  void aCenterCodeNarrowsTheScopeAndTheDistrictSeesTheSameNumbers() {
    ValidatableResponse narrowed =
        stats(STAFF_S, MARCH + "&centerCode=" + B)
            .statusCode(200)
            .body("scope", equalTo(B))
            .body("centers.centerCode", equalTo(List.of(B)));
    assertFigures(narrowed, "total", B_MARCH);
    ValidatableResponse district =
        stats(TestTokens.staffDistrict(), MARCH + "&centerCode=" + S)
            .body("centers.centerCode", equalTo(List.of(S, B, A)));
    assertFigures(district, "total", TOTAL_MARCH);
    ValidatableResponse all = stats(TestTokens.admin(), MARCH).body("scope", equalTo("longhua"));
    all.body("centers.centerCode", hasItems(S, B, A));
  }

  @Test
  void thePeriodCountsBeijingDays() {
    ValidatableResponse early =
        stats(STAFF_S, "from=2026-03-01&to=2026-03-04")
            .body("centers.centerCode", equalTo(List.of(A)));
    assertFigures(
        early,
        "total",
        Map.of(
            "received", 3, "duplicates", 1, "concluded", 0, "clocksDue", 0, "stagesCompleted", 0));
    early.body("total.settledRate", nullValue()).body("total.averageStageDays", nullValue());
    ValidatableResponse rest =
        stats(STAFF_A, "from=2026-03-05&to=2026-03-31")
            .body("centers.centerCode", equalTo(List.of(A)));
    assertFigures(
        rest,
        "total",
        Map.of(
            "received", 0,
            "concluded", 2,
            "failed", 1,
            "clocksDue", 2,
            "overdue", 1,
            "stagesCompleted", 2,
            "averageStageDays", new BigDecimal("2.3")));
    stats(STAFF_S, "from=2026-02-01&to=2026-02-28")
        .statusCode(200)
        .body("centers", hasSize(0))
        .body("total.received", num(0));
    ValidatableResponse april =
        stats(STAFF_S, "from=2026-04-01&to=2026-04-30")
            .body("centers.centerCode", equalTo(List.of(S, B)));
    assertFigures(
        april,
        "centers[0].figures",
        Map.of("concluded", 0, "clocksDue", 1, "overdue", 1, "stagesCompleted", 0));
    assertFigures(
        april,
        "total",
        Map.of(
            "received", 0,
            "concluded", 1,
            "settled", 1,
            "settledRate", new BigDecimal("1.0000"),
            "clocksDue", 2,
            "overdue", 2,
            "overdueRate", new BigDecimal("1.0000"),
            "stagesCompleted", 1,
            "averageStageDays", new BigDecimal("13.0")));
  }

  @Test
  void withoutDatesItIsThisMonthInBeijing() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ValidatableResponse r =
        stats(STAFF_A, "")
            .statusCode(200)
            .body("period.from", equalTo(today.withDayOfMonth(1).toString()))
            .body("period.to", equalTo(today.withDayOfMonth(today.lengthOfMonth()).toString()))
            .body("centers.centerCode", equalTo(List.of(A)));
    assertFigures(
        r,
        "total",
        Map.of(
            "received", 1, "withdrawn", 1, "concluded", 0, "clocksDue", 0, "stagesCompleted", 0));
    r.body("total.receivedByCategory.TRAFFIC", num(1));
  }

  @Test
  void flagsShowOnTheCaseAndItsTimelineNamingTheCenterThatHeldIt() {
    given()
        .auth()
        .oauth2(STAFF_S)
        .get("/api/v1/disputes/" + d2)
        .then()
        .statusCode(200)
        .body("deadlines.find { it.clock == 'MEDIATOR_ACCEPT' }.state", equalTo("OVERDUE"))
        .body("deadlines.find { it.clock == 'PEOPLES_MEDIATION' }.state", equalTo("MET"))
        .body(
            "deadlines.find { it.clock == 'PEOPLES_MEDIATION' }.dueAt",
            equalTo("2026-04-10T15:59:59Z"));
    given()
        .auth()
        .oauth2(STAFF_S)
        .get("/api/v1/disputes/" + d3)
        .then()
        .body("deadlines.find { it.clock == 'LABOR_MEDIATION' }.state", equalTo("OVERDUE"))
        .body(
            "deadlines.find { it.clock == 'LABOR_MEDIATION' }.dueAt",
            equalTo("2026-04-04T15:59:59Z"))
        .body("deadlines.find { it.clock == 'MEDIATOR_CONTACT' }.state", equalTo("PAUSED"))
        .body("deadlines.find { it.clock == 'MEDIATOR_ACCEPT' }.state", equalTo("HANDED_OVER"));
    timeline(d3)
        .body(
            "summary",
            hasItems(
                "Clock LABOR_MEDIATION moved to " + S + ", due 2026-03-25T15:59:59Z",
                "Clock LABOR_MEDIATION extended, due 2026-04-04T15:59:59Z",
                "Clock MEDIATOR_CONTACT paused, due 2026-03-18T15:59:59Z",
                "Clock MEDIATOR_ACCEPT stopped (handed over)",
                "Clock LABOR_MEDIATION overdue at " + S));
    List<String> summaries = timeline(d2).extract().path("summary");
    String overdueAtA = "Clock MEDIATOR_ACCEPT overdue at " + A;
    assertEquals(1, summaries.stream().filter(overdueAtA::equals).count());
    timeline(d2)
        .body(
            "summary",
            hasItems(
                "Clock PEOPLES_MEDIATION overdue at " + S,
                "Clock PEOPLES_MEDIATION due soon at " + S + " (due 2026-03-25T15:59:59Z)"));
  }

  @Test
  void onlyCenterStaffAndAdminsGetStatistics() {
    for (String token :
        List.of(
            GRID_A,
            TestTokens.partner("partner-hrss", "HRSS"),
            TestTokens.court("court-longhua"),
            TestTokens.user("mediator.chen", "longhua", "mediator"))) {
      stats(token, MARCH).statusCode(403).contentType("application/problem+json");
    }
    given().get("/api/v1/stats").then().statusCode(401);
  }

  @Test
  void badPeriodsAre400NamingTheField() {
    stats(STAFF_S, "from=2026-13-01&to=2026-03-31")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("from")));
    stats(STAFF_S, "from=2026-03-31&to=2026-03-01")
        .statusCode(400)
        .body("errors.field", equalTo(List.of("to")));
    stats(STAFF_S, "from=2026-01-01&to=2027-01-02")
        .statusCode(400)
        .body("errors.field", equalTo(List.of("to")));
    stats(STAFF_S, "from=2024-01-01&to=2024-12-31").statusCode(200).body("period.days", num(366));
    stats(STAFF_S, "from=March&to=2026-02-30")
        .statusCode(400)
        .body("errors.field", equalTo(List.of("from", "to")));
    stats(STAFF_S, MARCH + "&format=xlsx")
        .statusCode(400)
        .body("errors.field", equalTo(List.of("format")));
  }

  // --- expected figures (docs/stats.md) ---

  static final Map<String, Object> A_MARCH =
      Map.ofEntries(
          Map.entry("received", 3),
          Map.entry("duplicates", 1),
          Map.entry("concluded", 2),
          Map.entry("settled", 1),
          Map.entry("failed", 1),
          Map.entry("settledRate", new BigDecimal("0.5000")),
          Map.entry("withdrawn", 0),
          Map.entry("clocksDue", 2),
          Map.entry("overdue", 1),
          Map.entry("overdueRate", new BigDecimal("0.5000")),
          Map.entry("warned", 0),
          Map.entry("stagesCompleted", 2),
          Map.entry("averageStageDays", new BigDecimal("2.3")));

  static final Map<String, Object> B_MARCH =
      Map.ofEntries(
          Map.entry("received", 2),
          Map.entry("duplicates", 0),
          Map.entry("concluded", 0),
          Map.entry("settled", 0),
          Map.entry("failed", 0),
          Map.entry("withdrawn", 0),
          Map.entry("clocksDue", 1),
          Map.entry("overdue", 0),
          Map.entry("overdueRate", new BigDecimal("0.0000")),
          Map.entry("warned", 0),
          Map.entry("stagesCompleted", 1),
          Map.entry("averageStageDays", new BigDecimal("2.0")));

  static final Map<String, Object> S_MARCH =
      Map.ofEntries(
          Map.entry("received", 0),
          Map.entry("duplicates", 0),
          Map.entry("concluded", 1),
          Map.entry("settled", 1),
          Map.entry("failed", 0),
          Map.entry("settledRate", new BigDecimal("1.0000")),
          Map.entry("withdrawn", 0),
          Map.entry("clocksDue", 1),
          Map.entry("overdue", 1),
          Map.entry("overdueRate", new BigDecimal("1.0000")),
          Map.entry("warned", 1),
          Map.entry("stagesCompleted", 1),
          Map.entry("averageStageDays", new BigDecimal("24.0")));

  static final Map<String, Object> TOTAL_MARCH =
      Map.ofEntries(
          Map.entry("received", 5),
          Map.entry("duplicates", 1),
          Map.entry("concluded", 3),
          Map.entry("settled", 2),
          Map.entry("failed", 1),
          Map.entry("settledRate", new BigDecimal("0.6667")),
          Map.entry("withdrawn", 0),
          Map.entry("clocksDue", 4),
          Map.entry("overdue", 2),
          Map.entry("overdueRate", new BigDecimal("0.5000")),
          Map.entry("warned", 1),
          Map.entry("stagesCompleted", 4),
          // (3 + 1.5 + 2 + 24) / 4 = 7.625
          Map.entry("averageStageDays", new BigDecimal("7.6")));

  private static void assertFigures(
      ValidatableResponse r, String path, Map<String, Object> expected) {
    expected.forEach((field, value) -> r.body(path + "." + field, num(value)));
  }

  /**
   * The number, whatever its JSON form (3, 0.5 or 0.5000 alike); the unit tests check the scale.
   */
  static Matcher<Object> num(Object value) {
    BigDecimal expected = new BigDecimal(value.toString());
    return new BaseMatcher<>() {
      @Override
      public boolean matches(Object actual) {
        return actual instanceof Number n && new BigDecimal(n.toString()).compareTo(expected) == 0;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("the number ").appendValue(expected);
      }
    };
  }

  // --- requests ---

  static ValidatableResponse stats(String token, String query) {
    return given()
        .config(DECIMALS)
        .auth()
        .oauth2(token)
        .get("/api/v1/stats" + (query.isEmpty() ? "" : "?" + query))
        .then();
  }

  static ValidatableResponse march(String token) {
    return stats(token, MARCH);
  }

  static ValidatableResponse timeline(String id) {
    return given().auth().oauth2(STAFF_S).get("/api/v1/disputes/" + id + "/timeline").then();
  }

  static String body(String community, String category, String channel, String respondent) {
    String source =
        channel.equals("PARTNER_TRANSFER")
            ? ",\"source\":{\"platform\":\"HRSS\",\"externalRef\":\"HR-" + UUID.randomUUID() + "\"}"
            : "";
    return """
        {"channel":"%s","category":"%s","summary":"统计","occurredAt":"2026-02-20",
         "location":{"communityCode":"%s","address":"大浪某处"},
         "parties":[{"role":"APPLICANT","name":"张三","idNumber":"%s","phone":"13812345678"},
                    {"role":"RESPONDENT","name":"%s"}],
         "claimAmount":5000.00%s}
        """
        .formatted(channel, category, community, IntakeIT.ID_NUMBER, respondent, source);
  }

  static String create(String token, String body, String status) {
    return IntakeIT.create(token, body, null)
        .then()
        .statusCode(201)
        .body("status", equalTo(status))
        .extract()
        .path("id");
  }

  /** Reports a dispute and dates it back to {@code createdAt}, as if received then. */
  String report(String token, String community, String category, String channel, String createdAt) {
    String respondent = "某公司" + UUID.randomUUID().toString().substring(0, 8);
    String id = create(token, body(community, category, channel, respondent), "RECEIVED");
    backdate(id, createdAt);
    return id;
  }

  void backdate(String id, String createdAt) {
    Instant at = Instant.parse(createdAt);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                disputes.update(
                    "createdAt = ?1, statusAt = ?1, updatedAt = ?1 where id = ?2", at, id));
  }

  // --- the other services' events ---

  static String envelope(String type, String eventId, String disputeId, String at, String more) {
    return """
        {"eventId":"%s","type":"%s","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"test"}%s}
        """
        .formatted(eventId, type, at, disputeId, more);
  }

  static void routed(String disputeId, String center, String at) {
    String id = UUID.randomUUID().toString();
    String level = center.equals(S) ? "STREET" : "COMMUNITY";
    KafkaTestSupport.sendEvent(
        ROUTING,
        disputeId,
        id,
        "dispute.routed.v1",
        envelope(
            "dispute.routed.v1",
            id,
            disputeId,
            at,
            ",\"centerCode\":\"%s\",\"centerLevel\":\"%s\",\"category\":\"LABOR\",\"mediationType\":\"PEOPLES\",\"flags\":[],\"trace\":{\"rule\":\"test\",\"inputs\":{},\"alternatives\":[]}"
                .formatted(center, level)));
  }

  static void concluded(String disputeId, String center, String outcome, String at) {
    String id = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        MEDIATION,
        disputeId,
        id,
        "mediation.concluded.v1",
        envelope(
            "mediation.concluded.v1",
            id,
            disputeId,
            at,
            ",\"centerCode\":\"%s\",\"mediatorCode\":\"M-1\",\"outcome\":\"%s\",\"confirmationRequested\":false"
                .formatted(center, outcome)));
  }

  static void sendDeadline(String disputeId, String eventId, String type, String json) {
    KafkaTestSupport.sendEvent(DEADLINES, disputeId, eventId, type, json);
  }

  /** Opens a clock (deadline id returned); warned at 80 % is not needed by these tests. */
  static String opened(
      String disputeId, String clock, String center, String startedAt, String dueAt) {
    String id = UUID.randomUUID().toString();
    String deadlineId = UUID.randomUUID().toString();
    sendDeadline(
        disputeId,
        id,
        "deadline.opened.v1",
        envelope(
            "deadline.opened.v1",
            id,
            disputeId,
            startedAt,
            ",\"deadlineId\":\"%s\",\"clock\":\"%s\",\"centerCode\":\"%s\",\"startedAt\":\"%s\",\"warnAt\":\"%s\",\"dueAt\":\"%s\",\"provisional\":false,\"citation\":\"test\""
                .formatted(deadlineId, clock, center, startedAt, startedAt, dueAt)));
    return deadlineId;
  }

  static void closed(
      String disputeId,
      String deadlineId,
      String clock,
      String center,
      String at,
      boolean met,
      String state) {
    String id = UUID.randomUUID().toString();
    String more =
        ",\"deadlineId\":\"%s\",\"clock\":\"%s\",\"centerCode\":\"%s\",\"closedAt\":\"%s\",\"met\":%s,\"stopEvent\":\"x\"%s"
            .formatted(
                deadlineId,
                clock,
                center,
                at,
                met,
                state == null ? "" : ",\"state\":\"" + state + "\"");
    sendDeadline(
        disputeId,
        id,
        "deadline.closed.v1",
        envelope("deadline.closed.v1", id, disputeId, at, more));
  }

  static void changed(
      String disputeId,
      String deadlineId,
      String clock,
      String center,
      String change,
      String state,
      String at,
      String dueAt) {
    String id = UUID.randomUUID().toString();
    String more =
        ",\"deadlineId\":\"%s\",\"clock\":\"%s\",\"centerCode\":\"%s\",\"state\":\"%s\",\"dueAt\":\"%s\",\"version\":2,\"change\":\"%s\""
            .formatted(deadlineId, clock, center, state, dueAt, change);
    sendDeadline(
        disputeId,
        id,
        "deadline.changed.v1",
        envelope("deadline.changed.v1", id, disputeId, at, more));
  }

  static String overdueJson(
      String eventId,
      String disputeId,
      String deadlineId,
      String clock,
      String center,
      String dueAt) {
    String at = Instant.parse(dueAt).plusSeconds(5).toString();
    return envelope(
        "sla.overdue.v1",
        eventId,
        disputeId,
        at,
        ",\"centerCode\":\"%s\",\"deadlineId\":\"%s\",\"clock\":\"%s\",\"dueAt\":\"%s\",\"deadlineVersion\":1,\"consequence\":\"FLAG\",\"startEventId\":\"%s\""
            .formatted(center, deadlineId, clock, dueAt, UUID.randomUUID()));
  }

  static String overdue(
      String disputeId, String deadlineId, String clock, String center, String dueAt) {
    String id = UUID.randomUUID().toString();
    sendDeadline(
        disputeId,
        id,
        "sla.overdue.v1",
        overdueJson(id, disputeId, deadlineId, clock, center, dueAt));
    return id;
  }

  static void warning(
      String disputeId,
      String deadlineId,
      String clock,
      String center,
      String warnAt,
      String dueAt) {
    String id = UUID.randomUUID().toString();
    String at = Instant.parse(warnAt).plusSeconds(5).toString();
    sendDeadline(
        disputeId,
        id,
        "sla.warning.v1",
        envelope(
            "sla.warning.v1",
            id,
            disputeId,
            at,
            ",\"centerCode\":\"%s\",\"deadlineId\":\"%s\",\"clock\":\"%s\",\"dueAt\":\"%s\",\"warnAt\":\"%s\",\"deadlineVersion\":1,\"consequence\":null,\"startEventId\":\"%s\""
                .formatted(center, deadlineId, clock, dueAt, warnAt, UUID.randomUUID())));
  }
}
