package org.jiefen.mediatorpool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.support.RosterWorkbooks;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/mediators/import with workbooks built by fastexcel's writer: the per-row report,
 * all-or-nothing, dry runs, repeat imports, and the refusals that name {@code file}. Codes are
 * unique to this run and live under 福城, away from the pools other test classes assign from.
 */
@QuarkusTest
class RosterImportIT {

  static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String ORG = "IM-FUCHENG-LABOR";
  static final String JUTANG = "longhua.fucheng.jutang";

  @BeforeEach
  void organisation() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"%s","name":"福城街道劳动争议调解委员会（导入测试）","kind":"INDUSTRY_PROFESSIONAL",
              "centerCode":"longhua.fucheng","active":true}]
            """
                .formatted(ORG))
        .put("/api/v1/organisations")
        .then()
        .statusCode(200);
  }

  static String code(int n) {
    return "IM-" + RUN + "-" + n;
  }

  static List<Object> row(int n, String specialties, String status) {
    return List.of(
        code(n),
        "导入调解员" + n,
        "",
        n % 2 == 0 ? "网格调解员" : "专业调解员",
        JUTANG,
        "福城街道劳动争议调解委员会（导入测试）",
        specialties,
        "普通话、粤语",
        10 + n,
        status);
  }

  static List<List<Object>> sheet(List<Object>... rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(RosterWorkbooks.HEADER);
    all.addAll(List.of(rows));
    return all;
  }

  static ValidatableResponse upload(String token, byte[] file, String query) {
    return given()
        .auth()
        .oauth2(token)
        .multiPart("file", "名册.xlsx", file, XLSX)
        .post("/api/v1/mediators/import" + query)
        .then();
  }

  static ValidatableResponse upload(List<List<Object>> rows, String query) {
    return upload(TestTokens.admin(), RosterWorkbooks.xlsx(rows), query);
  }

  static List<String> storedCodes() {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .queryParam("centerCode", JUTANG)
        .get("/api/v1/mediators")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("code");
  }

  @Test
  void anImportWithABadRowStoresNothingAndReportsEveryRow() {
    upload(sheet(row(1, "劳动争议", "在职"), row(2, "LABOUR", "在职"), row(3, "", "")), "")
        .statusCode(422)
        .contentType("application/json")
        .body("applied", equalTo(false))
        .body("dryRun", equalTo(false))
        .body("errors", equalTo(1))
        .body("created", equalTo(2))
        .body("rows.row", contains(2, 3, 4))
        .body("rows.code", contains(code(1), code(2), code(3)))
        .body("rows.result", contains("CREATED", "ERROR", "CREATED"))
        .body("rows[1].errors.column", contains("专长"))
        .body("rows[1].errors.message", contains("unknown category LABOUR"))
        .body("rows[0].errors", empty());

    List<String> stored = storedCodes();
    for (int n = 1; n <= 3; n++) {
      assertFalse(stored.contains(code(n)), stored.toString());
    }
  }

  @Test
  void aDryRunChecksAndStoresNothing() {
    upload(sheet(row(11, "劳动争议", "在职")), "?dryRun=true")
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("applied", equalTo(false))
        .body("rows.result", contains("CREATED"));
    assertFalse(storedCodes().contains(code(11)));
    upload(sheet(row(11, "劳动争议", "在职")), "?dryRun=perhaps")
        .statusCode(400)
        .body("errors.field", contains("dryRun"));
  }

  @Test
  void aValidImportIsStoredAndRepeatingItChangesNothingWhileAChangedRowUpdates() {
    List<List<Object>> rows =
        sheet(row(21, "劳动争议、合同/债务", "在职"), row(22, "", "在职"), row(23, "FAMILY", ""));
    upload(rows, "")
        .statusCode(200)
        .body("applied", equalTo(true))
        .body("created", equalTo(3))
        .body("rows.result", everyItem(equalTo("CREATED")));
    given()
        .auth()
        .oauth2(TestTokens.staffDistrict())
        .get("/api/v1/mediators/" + code(21))
        .then()
        .statusCode(200)
        .body("kind", equalTo("PROFESSIONAL"))
        .body("organisationCode", equalTo(ORG))
        .body("specialties", contains("LABOR", "CONTRACT"))
        .body("languages", contains("普通话", "粤语"))
        .body("capacity", equalTo(31))
        .body("active", equalTo(true));

    upload(rows, "")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("unchanged", equalTo(3))
        .body("rows.result", everyItem(equalTo("UNCHANGED")));

    List<Object> fewer = new ArrayList<>(row(22, "", "在职"));
    fewer.set(8, 5);
    upload(sheet(row(21, "劳动争议、合同/债务", "在职"), fewer, row(23, "FAMILY", "停用")), "")
        .statusCode(200)
        .body("rows.result", contains("UNCHANGED", "UPDATED", "UPDATED"))
        .body("updated", equalTo(2));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/mediators/" + code(23))
        .then()
        .body("active", equalTo(false))
        .body("retireReason", equalTo(Mediator.INACTIVE_IN_ROSTER))
        .body("retiredBy", equalTo("admin.jiefen"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/mediators/" + code(22))
        .then()
        .body("capacity", equalTo(5));
  }

  @Test
  void rowsAreCheckedAgainstEachOtherTheStoredRosterAndTheImportersScope() {
    String taken = "im.taken." + RUN;
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            {"code":"%s","username":"%s","name":"已有账号","kind":"GRID","centerCode":"%s",
             "capacity":5,"active":true}
            """
                .formatted(code(30), taken, JUTANG))
        .post("/api/v1/mediators")
        .then()
        .statusCode(201);

    List<Object> withTakenUsername = new ArrayList<>(row(31, "", "在职"));
    withTakenUsername.set(2, taken);
    List<Object> elsewhere = new ArrayList<>(row(33, "", "在职"));
    elsewhere.set(4, "longhua.minzhi.minle");
    elsewhere.set(5, "");
    upload(sheet(row(32, "", "在职"), withTakenUsername, row(32, "", "在职"), elsewhere), "")
        .statusCode(422)
        .body("rows.result", contains("CREATED", "ERROR", "ERROR", "CREATED"))
        .body("rows[1].errors.column", contains("账号"))
        .body("rows[1].errors[0].message", containsString(code(30)))
        .body("rows[2].errors.column", contains("编号"))
        .body("rows[2].errors[0].message", containsString("row 2"));

    // an admin of 民治 may not fill 福城's pools
    upload(
            TestTokens.user("admin.minzhi", "longhua.minzhi", "admin"),
            RosterWorkbooks.xlsx(sheet(row(34, "", "在职"))),
            "")
        .statusCode(422)
        .body("rows[0].errors.column", contains("所属中心"));
    assertFalse(storedCodes().contains(code(32)));
  }

  @Test
  void whatIsNotAnAcceptableWorkbookIsRefusedNamingTheFile() {
    upload(TestTokens.admin(), "编号,姓名\nM-1,林\n".getBytes(StandardCharsets.UTF_8), "")
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors.field", contains("file"));
    upload(TestTokens.admin(), new byte[(2 << 20) + 1], "")
        .statusCode(413)
        .contentType("application/problem+json")
        .body("errors.field", contains("file"));
    upload(
            TestTokens.admin(),
            RosterWorkbooks.xlsx(List.of(List.of("编号", "姓名"), List.of("M-1", "林"))),
            "")
        .statusCode(400)
        .body("errors.field", contains("file"))
        .body("errors[0].message", containsString("类型"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .multiPart("roster", "名册.xlsx", RosterWorkbooks.xlsx(sheet(row(41, "", ""))), XLSX)
        .post("/api/v1/mediators/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("file"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("[]")
        .post("/api/v1/mediators/import")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");

    upload(TestTokens.staffDistrict(), RosterWorkbooks.xlsx(sheet(row(42, "", ""))), "")
        .statusCode(403);
    assertFalse(storedCodes().contains(code(41)));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/mediators")
        .then()
        .body("code", not(hasItem(code(42))));
  }
}
