package org.jiefen.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web apps in headless chromium against the whole stack, each user logging in on Keycloak's own
 * page: a grid mediator reports on her phone with the network cut and the report syncs exactly
 * once; 民乐's staff acknowledge it and see it on their board while 白石龙's never see it; the district
 * exports its statistics to a workbook that holds the API's figures; the court's clerk accepts and
 * confirms an application. Screenshots of each screen land in target/screenshots (and in
 * docs/screenshots with -Djiefen.screenshots=…).
 */
@ExtendWith(StackExtension.class)
class WebAppsIT {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static Browser browser;

  @BeforeAll
  static void launch() {
    browser = new Browser();
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  void aReportMadeOfflineOnThePhoneSyncsOnceAndOnlyMinleSeesIt() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String summary = "浏览器测试：拖欠工资 " + tag;
    String id = reportOffline(summary);
    String grid = Stack.login("grid.minle");
    Response found = given().auth().oauth2(grid).get("/api/v1/disputes?size=100&status=");
    found.then().statusCode(200);
    List<String> same = found.path("items.findAll { it.summary == '" + summary + "' }.id");
    assertEquals(List.of(id), same, "exactly one dispute holds the report");

    acceptOnThePhone(id);
    minleAcknowledgesAndSeesItOnTheBoard(id);
    baishilongDoesNotSeeIt(id);
  }

  /** grid.minle fills the report form on a phone while the API is unreachable, then it syncs. */
  private String reportOffline(String summary) {
    try (BrowserContext phone = browser.phone()) {
      Page page = Browser.open(phone, "/m/report", "grid.minle");
      assertThat(page.locator("[data-test=report-category] [data-code=LABOR]")).isVisible();
      Browser.screenshot(page, "mobile-report");
      page.locator("[data-test=report-category] [data-code=LABOR]").click();
      page.locator("[data-test=party-name-0]").fill("王小明");
      page.locator("[data-test=party-id-0]").fill("44030619900101123");
      // the ID number's rule runs as she types: one digit short, then a wrong check digit
      Browser.step(page, "id-as-typed", () -> assertThat(page.getByText("校验码不符")).isHidden());
      page.locator("[data-test=party-id-0]").fill("440306199001011235");
      Browser.step(page, "id-check-digit", () -> assertThat(page.getByText("校验码不符")).isVisible());
      page.locator("[data-test=party-id-0]").fill(ChannelsIT.APPLICANT_ID);
      page.locator("[data-test=party-mobile-0]").fill("13912345678");
      page.locator("[data-test=party-name-1]").fill(ChannelsIT.respondent());
      page.locator("[data-test=report-address]").fill("民乐新村3栋");
      page.locator("[data-test=report-amount]").fill("8000");
      page.locator("[data-test=report-summary]").fill(summary);

      AtomicInteger blocked = new AtomicInteger();
      Consumer<Route> cut =
          route -> {
            blocked.incrementAndGet();
            route.abort();
          };
      phone.route("**/api/v1/disputes*", cut);
      page.locator("[data-test=report-submit]").click();
      Locator item =
          page.locator("[data-test=outbox-item]")
              .filter(new Locator.FilterOptions().setHasText(summary.substring(0, 10)));
      Browser.step(
          page,
          "outbox-pending",
          () -> {
            assertThat(item).hasAttribute("data-state", "pending");
            // Playwright runs route handlers only while this thread waits inside Playwright
            page.waitForCondition(
                () -> blocked.get() >= 1, new Page.WaitForConditionOptions().setTimeout(30_000));
            assertThat(item.locator("[data-test=outbox-attempts]")).containsText("已尝试");
            assertThat(item).hasAttribute("data-state", "pending");
          });
      String key = item.getAttribute("data-key");
      Browser.screenshot(page, "mobile-outbox-pending");

      phone.unroute("**/api/v1/disputes*", cut);
      page.locator("[data-test=sync-now]").click();
      Locator synced = page.locator("[data-test=outbox-item][data-key='" + key + "']");
      Browser.step(
          page,
          "outbox-synced",
          () ->
              assertThat(synced)
                  .hasAttribute(
                      "data-state",
                      "synced",
                      new com.microsoft.playwright.assertions.LocatorAssertions
                              .HasAttributeOptions()
                          .setTimeout(30_000)));
      Browser.screenshot(page, "mobile-outbox-synced");
      assertEquals(1, page.locator("[data-test=outbox-item][data-key='" + key + "']").count());
      return synced.locator("[data-test=outbox-dispute-id]").getAttribute("data-id");
    }
  }

  /** The labour report at 民乐 goes to grid.minle: she accepts it from her queue. */
  private void acceptOnThePhone(String id) {
    MediationFlowIT.awaitCase(Stack.login("grid.minle"), id, "ASSIGNED");
    try (BrowserContext phone = browser.phone()) {
      Page page = Browser.open(phone, "/m/", "grid.minle");
      Locator row = page.locator("[data-test=queue-item][data-id='" + id + "']");
      Browser.step(page, "queue", () -> assertThat(row).isVisible());
      Browser.screenshot(page, "mobile-queue");
      row.click();
      Browser.step(page, "case", () -> assertThat(page.locator("[data-test=accept]")).isVisible());
      Browser.screenshot(page, "mobile-case");
      page.locator("[data-test=accept]").click();
      page.locator(".van-dialog__confirm").click();
      Browser.step(
          page, "accepted", () -> assertThat(page.locator("[data-test=log-session]")).isVisible());
    }
    MediationFlowIT.awaitCase(Stack.login("grid.minle"), id, "IN_MEDIATION");
  }

  private void minleAcknowledgesAndSeesItOnTheBoard(String id) {
    try (BrowserContext desktop = browser.desktop()) {
      Page inbox = Browser.open(desktop, "/portal/inbox", "staff.minle");
      Locator row = inbox.locator("[data-test=inbox-row][data-id='" + id + "']");
      Browser.step(inbox, "minle-inbox", () -> assertThat(row).isVisible());
      Browser.screenshot(inbox, "portal-inbox");
      row.locator("[data-test=acknowledge]").click();
      Browser.step(
          inbox,
          "acknowledged",
          () -> assertThat(row.locator("[data-test=acknowledged]")).isVisible());
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(Stack.login("staff.minle"))
                      .get("/api/v1/disputes/" + id + "/deadlines")
                      .then()
                      .statusCode(200)
                      .body("find { it.clock == 'CENTER_ACK' }.state", equalTo("MET")));

      Page board = desktop.newPage();
      board.navigate(Browser.GATEWAY + "/portal/board?view=OPEN");
      Browser.step(
          board,
          "board",
          () ->
              assertThat(board.locator("[data-test=board-row][data-id='" + id + "']").first())
                  .isVisible());
      Browser.screenshot(board, "portal-board");

      Page page = desktop.newPage();
      page.navigate(Browser.GATEWAY + "/portal/cases/" + id);
      Browser.step(
          page,
          "case-page",
          () -> {
            assertThat(page.locator("[data-test=case][data-id='" + id + "']")).isVisible();
            assertThat(page.locator("[data-test=routing-decision]").first()).isVisible();
            // parties as the server masks them: the ID number never reaches the page whole
            assertThat(page.locator("[data-test=party-id-number]").first())
                .not()
                .containsText(ChannelsIT.APPLICANT_ID);
          });
      assertTrue(!page.content().contains(ChannelsIT.APPLICANT_ID));
      Browser.screenshot(page, "portal-case");
    }
  }

  private void baishilongDoesNotSeeIt(String id) {
    // one of their own, so an empty list cannot pass for a scoped one
    String own =
        ChannelsIT.create(
            Stack.login("staff.baishilong"),
            ChannelsIT.report("CENTER_PORTAL", "NEIGHBOR", ChannelsIT.respondent(), null, "白石龙邻里纠纷")
                .replace("longhua.minzhi.minle", "longhua.minzhi.baishilong"));
    try (BrowserContext desktop = browser.desktop()) {
      Page inbox = Browser.open(desktop, "/portal/inbox?tab=all", "staff.baishilong");
      Browser.step(
          inbox,
          "baishilong-inbox",
          () ->
              assertThat(inbox.locator("[data-test=inbox-row][data-id='" + own + "']"))
                  .isVisible());
      assertEquals(0, inbox.locator("[data-test=inbox-row][data-id='" + id + "']").count());
      Page page = desktop.newPage();
      page.navigate(Browser.GATEWAY + "/portal/cases/" + id);
      Browser.step(
          page,
          "baishilong-case",
          () -> assertThat(page.locator("[data-test=case-not-found]")).isVisible());
      Page board = desktop.newPage();
      board.navigate(Browser.GATEWAY + "/portal/board?view=OPEN");
      assertThat(board.locator("[data-test=board]")).isVisible();
      board.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      assertEquals(0, board.locator("[data-test=board-row][data-id='" + id + "']").count());
    }
    given()
        .auth()
        .oauth2(Stack.login("staff.baishilong"))
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void theDistrictExportsItsStatisticsAndTheWorkbookHoldsTheApisFigures() throws Exception {
    YearMonth month = YearMonth.now(CHINA);
    String token = Stack.login("staff.district");
    try (BrowserContext desktop = browser.desktop()) {
      Page page =
          Browser.open(desktop, "/portal/stats?from=" + month + "&to=" + month, "staff.district");
      Locator ready = page.locator("[data-test=stats]:not([data-loading])");
      Browser.step(page, "stats", () -> assertThat(ready).isVisible());
      Response api =
          given()
              .auth()
              .oauth2(token)
              .get("/api/v1/stats?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
      api.then().statusCode(200);
      int received = api.path("total.received");
      assertThat(page.locator("[data-test=kpi-received]"))
          .hasAttribute("data-value", String.valueOf(received));
      Browser.screenshot(page, "portal-stats");

      Download download =
          page.waitForDownload(() -> page.locator("[data-test=export-xlsx]").click());
      assertTrue(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
      Path file = download.path();
      List<String> centers = api.path("centers.centerCode");
      try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
        Sheet byCenter = workbook.getSheets().findFirst().orElseThrow();
        assertEquals("按中心", byCenter.getName());
        List<Row> rows = byCenter.read();
        assertTrue(rows.get(0).getCellText(0).contains("矛盾纠纷调解统计"), rows.get(0).toString());
        assertEquals("中心", rows.get(1).getCellText(0));
        assertEquals("受理", rows.get(1).getCellText(3));
        assertEquals(2 + centers.size() + 1, rows.size(), "title, header, a row per center, total");
        for (int i = 0; i < centers.size(); i++) {
          Row row = rows.get(2 + i);
          assertEquals(centers.get(i), row.getCellText(1));
          int figure = api.path("centers[" + i + "].figures.received");
          assertEquals(figure, row.getCell(3).asNumber().intValue(), centers.get(i));
        }
        Row total = rows.get(rows.size() - 1);
        assertEquals("合计", total.getCellText(0));
        assertEquals(received, total.getCell(3).asNumber().intValue());
        assertEquals(
            List.of("按中心", "按类别", "按渠道", "按月份"), workbook.getSheets().map(Sheet::getName).toList());
      }
    }
  }

  @Test
  void theAdminTriesARoutingRuleAndCommunityStaffReadTheirRosterOnly() {
    try (BrowserContext desktop = browser.desktop()) {
      Page rules = Browser.open(desktop, "/portal/admin/rules", "admin.jiefen");
      Browser.step(
          rules,
          "rules",
          () -> assertThat(rules.locator("[data-test=rule-row]").first()).isVisible());
      rules
          .locator("[data-test=dry-amount] input, input[data-test=dry-amount]")
          .first()
          .fill("300000");
      rules.locator("[data-test=dry-run-submit]").click();
      Locator result = rules.locator("[data-test=dry-run-result]");
      Browser.step(
          rules,
          "dry-run",
          () -> {
            assertThat(result).hasAttribute("data-rule", "claim-over-200k-to-street");
            assertThat(result).hasAttribute("data-center", "longhua.minzhi");
          });
      Browser.screenshot(rules, "admin-rules");
      Page policies = desktop.newPage();
      policies.navigate(Browser.GATEWAY + "/portal/admin/policies");
      Browser.step(
          policies,
          "policies",
          () ->
              assertThat(policies.locator("[data-test=policy-row][data-clock=LABOR_MEDIATION]"))
                  .isVisible());
      Browser.screenshot(policies, "admin-policies");
    }
    try (BrowserContext desktop = browser.desktop()) {
      Page roster = Browser.open(desktop, "/portal/admin/roster", "staff.minle");
      Locator rows = roster.locator("[data-test=roster-row]");
      Browser.step(
          roster,
          "roster",
          () -> {
            assertThat(rows.first()).isVisible();
            assertThat(roster.locator("[data-test=roster-import]")).hasCount(0);
          });
      for (String code : rows.allTextContents()) {
        assertTrue(code.trim().startsWith("M-MINLE-"), "民乐's staff see only 民乐's roster: " + code);
      }
      Browser.screenshot(roster, "admin-roster");
    }
  }

  @Test
  void theCourtsClerkAcceptsAndConfirmsAnApplicationInTheCourtView() {
    String disputeId = CourtFlowIT.settledAskingForConfirmation();
    String court = Stack.client("court-longhua");
    String[] application = new String[1];
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
              application[0] = list.path("items.find { it.disputeId == '" + disputeId + "' }.id");
            });
    String id = application[0];
    try (BrowserContext desktop = browser.desktop()) {
      Page queue = Browser.open(desktop, "/portal/court", "clerk.longhua");
      Locator row = queue.locator("[data-test=court-row][data-id='" + id + "']");
      Browser.step(queue, "court-queue", () -> assertThat(row).isVisible());
      Browser.screenshot(queue, "court-queue");
      row.click();
      Page page = queue;
      Browser.step(
          page,
          "court-application",
          () ->
              assertThat(page.locator("[data-test=court-status]"))
                  .hasAttribute("data-status", "PENDING"));
      page.locator("[data-test=court-accept]").click();
      page.locator(".court-confirm-ok").click();
      Browser.step(
          page,
          "court-accepted",
          () ->
              assertThat(page.locator("[data-test=court-status]"))
                  .hasAttribute("data-status", "ACCEPTED"));
      Browser.screenshot(page, "court-application");
      page.locator("[data-test=court-decide]").click();
      page.locator("[data-test=court-decision-confirm]").click();
      page.locator("[data-test=court-ruling-number]")
          .fill(
              "("
                  + LocalDate.now(CHINA).getYear()
                  + ")粤0309民特"
                  + (1000 + (int) (Math.random() * 8999))
                  + "号");
      page.locator("[data-test=court-decision-dialog] [data-test=court-submit]").click();
      page.locator(".court-confirm-ok").click();
      Browser.step(
          page,
          "court-confirmed",
          () ->
              assertThat(page.locator("[data-test=court-status]"))
                  .hasAttribute("data-status", "CONFIRMED"));
    }
    given()
        .auth()
        .oauth2(court)
        .get("/api/v1/court/applications/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"));
    MediationFlowIT.awaitCase(Stack.login("grid.minle"), disputeId, "CONFIRMED");
    theClerkSeesTheCourtsClocksButNoCentersCases(disputeId);
  }

  /**
   * A clerk is the court's, not a center's, although the token names the district as the court's
   * area: the centers' case list and case view stay closed; the court's own clocks are readable.
   */
  private static void theClerkSeesTheCourtsClocksButNoCentersCases(String disputeId) {
    String clerk = Stack.login("clerk.longhua");
    given().auth().oauth2(clerk).get("/api/v1/disputes/" + disputeId).then().statusCode(404);
    given()
        .auth()
        .oauth2(clerk)
        .get("/api/v1/disputes?size=100")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given()
        .auth()
        .oauth2(clerk)
        .get("/api/v1/sla/board?view=OPEN")
        .then()
        .statusCode(org.hamcrest.Matchers.either(equalTo(403)).or(equalTo(404)));
    List<String> clocks =
        given()
            .auth()
            .oauth2(clerk)
            .get("/api/v1/disputes/" + disputeId + "/deadlines")
            .then()
            .statusCode(200)
            .extract()
            .path("clock");
    assertTrue(clocks.contains("COURT_DECIDE"), clocks.toString());
    assertTrue(clocks.stream().allMatch(c -> c.startsWith("COURT_")), clocks.toString());
  }
}
