package org.jiefen.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.routing.repository.RoutingDecisionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RulesAndDryRunIT {

  @Inject RoutingDecisionRepository decisions;

  @BeforeEach
  void seed() {
    new RoutingIT().seedTree();
  }

  static String draft(String category, String source, String amount) {
    return """
        {"channel":"PARTNER_TRANSFER","category":"%s","summary":"x","occurredAt":"2026-11-20",
         "location":{"communityCode":"longhua.minzhi.minle"},
         "parties":[{"role":"APPLICANT","name":"张三"},{"role":"RESPONDENT","name":"某公司"}],
         "claimAmount":%s,"source":{"platform":"%s","externalRef":"R-1"}}
        """
        .formatted(category, amount, source);
  }

  @Test
  void aDryRunExplainsWhereADraftWouldGoAndStoresNothing() {
    long before = QuarkusTransaction.requiringNew().call(() -> decisions.count());
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(draft("LABOR", "HRSS", "30000"))
        .post("/api/v1/routing/dry-run")
        .then()
        .statusCode(200)
        .body("centerCode", equalTo("longhua.minzhi"))
        .body("mediationType", equalTo("INDUSTRY_PROFESSIONAL"))
        .body("flags", hasItem("FAST_TRACK"))
        .body("trace.rule", equalTo("hrss-labor-to-street"))
        .body("trace.explanation", equalTo("人社部门移交的劳动争议，由所在街道的劳动争议调解组织调解。"))
        .body("trace.inputs.category", equalTo("LABOR"))
        .body("trace.alternatives.centerCode", hasItem("longhua.minzhi.minle"));
    assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> decisions.count()));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body("{\"location\":{}}")
        .post("/api/v1/routing/dry-run")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"))
        .body("errors.field", hasItem("location.communityCode"));
  }

  @Test
  void onlyAdminsEditRulesAndEveryChangeIsVersionedAndAudited() {
    String rule =
        """
        {"id":"claim-over-200k-to-street","position":60,"enabled":true,
         "explanation":"争议金额在三十万元以上的纠纷，由所在街道中心调解。",
         "condition":{"minClaimAmount":300000},"targetLevel":"STREET","mediationType":"PEOPLES","flags":[]}
        """;
    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .contentType("application/json")
        .body(rule)
        .put("/api/v1/routing/rules/claim-over-200k-to-street")
        .then()
        .statusCode(403);
    int before =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/routing/rules/claim-over-200k-to-street/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("size()");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(rule)
        .put("/api/v1/routing/rules/claim-over-200k-to-street")
        .then()
        .statusCode(200)
        .body("updatedBy", equalTo("admin.jiefen"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/routing/rules/claim-over-200k-to-street/audit")
        .then()
        .body("$", hasSize(before + 1))
        .body("[-1].changedBy", equalTo("admin.jiefen"));
    // the same definition again changes nothing
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(rule)
        .put("/api/v1/routing/rules/claim-over-200k-to-street")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/routing/rules/claim-over-200k-to-street/audit")
        .then()
        .body("$", hasSize(before + 1));
    // 250k now stays in the community under the edited rule
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body(draft("TENANCY", "PETITION", "250000").replace("PETITION", "HRSS"))
        .post("/api/v1/routing/dry-run")
        .then()
        .body("trace.rule", equalTo("community-of-location"));

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            rule.replace("\"targetLevel\":\"STREET\"", "\"targetCenterCode\":\"longhua.nowhere\""))
        .put("/api/v1/routing/rules/claim-over-200k-to-street")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("targetCenterCode"));
  }
}
