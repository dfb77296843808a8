package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.OrgUnitReplicaRepository;
import org.jiefen.platform.inbox.ProcessedEventRepository;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Reports are checked against the seeded tree and categories, both kept as data. */
@QuarkusTest
class ReferenceDataIT {

  static final String ORG_UNITS = "test.routing.orgunit.events";

  @Inject DisputeRepository disputes;
  @Inject OrgUnitReplicaRepository units;
  @Inject ProcessedEventRepository processedEvents;

  private long disputeCount() {
    return QuarkusTransaction.requiringNew().call(() -> disputes.count());
  }

  static String report(String category, String community) {
    return """
        {"channel":"CENTER_PORTAL","category":"%s","summary":"楼上漏水","occurredAt":"2026-11-20",
         "location":{"communityCode":"%s"},
         "parties":[{"role":"APPLICANT","name":"王五"},{"role":"RESPONDENT","name":"赵六%s"}]}
        """
        .formatted(category, community, UUID.randomUUID());
  }

  static String sendOrgUnit(String code, String name, Instant at) {
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        ORG_UNITS,
        code,
        eventId,
        "orgunit.changed.v1",
        """
        {"eventId":"%s","type":"orgunit.changed.v1","occurredAt":"%s",
         "actor":{"kind":"USER","username":"admin.jiefen"},
         "code":"%s","name":"%s","level":"COMMUNITY","parentCode":"longhua.minzhi","sample":true}
        """
            .formatted(eventId, at, code, name));
    return eventId;
  }

  @Test
  void theSeededCategoriesAreListedInOrderForEverySignedInUser() {
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .get("/api/v1/categories")
        .then()
        .statusCode(200)
        .body("[0].code", equalTo("LABOR"))
        .body("[0].name", equalTo("劳动争议"))
        .body("code", hasItem("CONTRACT"));
    given().get("/api/v1/categories").then().statusCode(401);
  }

  @Test
  void aCommunityTheTreeDoesNotKnowIsA400NamingTheFieldAndNothingIsStored() {
    long before = disputeCount();
    IntakeIT.create(
            TestTokens.staffMinzhi(), report("PROPERTY_MGMT", "longhua.minzhi.nowhere"), null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("location.communityCode"))
        .body("errors.message", hasItem("is not a community of the org tree"));
    // A street is a center but not a community: reports name the community of the place.
    IntakeIT.create(TestTokens.staffMinzhi(), report("PROPERTY_MGMT", "longhua.minzhi"), null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.communityCode"));
    assertEquals(before, disputeCount());
  }

  @Test
  void aCommunityAnnouncedByRoutingBecomesReportableAndAnOlderAnnouncementDoesNotWin() {
    String code = "longhua.minzhi.t" + UUID.randomUUID().toString().substring(0, 8);
    IntakeIT.create(TestTokens.staffMinzhi(), report("NEIGHBOR", code), null)
        .then()
        .statusCode(400);

    Instant now = Instant.now();
    sendOrgUnit(code, "新社区", now);
    String older = sendOrgUnit(code, "旧名字", now.minusSeconds(3600));
    int status = 0;
    for (int i = 0; i < 100 && status != 201; i++) {
      status =
          IntakeIT.create(TestTokens.staffMinzhi(), report("NEIGHBOR", code), null).statusCode();
      sleep(Duration.ofMillis(200));
    }
    assertEquals(201, status);
    for (int i = 0; i < 100 && !processed(older); i++) {
      sleep(Duration.ofMillis(100));
    }
    assertTrue(processed(older), "the older announcement was consumed");
    assertEquals("新社区", QuarkusTransaction.requiringNew().call(() -> units.findById(code).name()));
  }

  @Test
  void adminsRetireACategoryAndNewReportsMayNoLongerUseIt() {
    String code = "TEST_" + letters(UUID.randomUUID().toString().substring(0, 8));
    String define = "[{\"code\":\"%s\",\"name\":\"测试类别\"}]".formatted(code);
    given()
        .auth()
        .oauth2(TestTokens.staffDistrict())
        .contentType("application/json")
        .body(define)
        .put("/api/v1/categories")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(define)
        .put("/api/v1/categories")
        .then()
        .statusCode(200)
        .body("changed", equalTo(1));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(define)
        .put("/api/v1/categories")
        .then()
        .statusCode(200)
        .body("changed", equalTo(0));
    IntakeIT.create(TestTokens.staffMinle(), report(code, "longhua.minzhi.minle"), null)
        .then()
        .statusCode(201);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(define.replace("}]", ",\"active\":false}]"))
        .put("/api/v1/categories")
        .then()
        .statusCode(200)
        .body("changed", equalTo(1));
    IntakeIT.create(TestTokens.staffMinle(), report(code, "longhua.minzhi.minle"), null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
  }

  @Test
  void aCategoryListWithARepeatedOrMalformedCodeIsRefusedWhole() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("[{\"code\":\"LABOR\",\"name\":\"劳动\"},{\"code\":\"LABOR\",\"name\":\"x\"}]")
        .put("/api/v1/categories")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[1].code"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("[{\"code\":\"labor\",\"name\":\"劳动\"}]")
        .put("/api/v1/categories")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .get("/api/v1/categories")
        .then()
        .body("find { it.code == 'LABOR' }.name", equalTo("劳动争议"));
  }

  @Test
  void adminsSeeHowMuchOfTheTreeAndCategoriesIntakeKnows() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/intake/reference")
        .then()
        .statusCode(200)
        .body("communities", greaterThanOrEqualTo(3))
        .body("categories", greaterThanOrEqualTo(8));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/intake/reference")
        .then()
        .statusCode(403);
  }

  /** Category codes are upper-case letters and underscores only. */
  private static String letters(String hex) {
    StringBuilder b = new StringBuilder();
    hex.chars().forEach(c -> b.append((char) ('A' + Character.digit(c, 16))));
    return b.toString();
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean processed(String eventId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> processedEvents.isProcessed(eventId, "intake-orgunits"));
  }
}
