package org.jiefen.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web apps in headless chromium against the whole stack, each user logging in on Keycloak's own
 * page: what the portal shows is what the caller's org scope allows.
 */
@ExtendWith(StackExtension.class)
class WebAppsIT {

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
  void aSiblingCommunitysStaffDoNotSeeMinlesDisputeInTheirInbox() {
    String summary = "浏览器测试：邻里纠纷 " + UUID.randomUUID().toString().substring(0, 8);
    String id =
        ChannelsIT.create(
            Stack.login("staff.minle"),
            ChannelsIT.report("CENTER_PORTAL", "NEIGHBOR", ChannelsIT.respondent(), null, summary));

    // one of their own, so an empty list cannot pass for a scoped one
    String own =
        ChannelsIT.create(
            Stack.login("staff.baishilong"),
            ChannelsIT.report(
                    "CENTER_PORTAL", "NEIGHBOR", ChannelsIT.respondent(), null, summary + " 白石龙")
                .replace("longhua.minzhi.minle", "longhua.minzhi.baishilong"));

    try (BrowserContext minle = browser.desktop()) {
      Page inbox = Browser.open(minle, "/portal/inbox", "staff.minle");
      Browser.step(
          inbox,
          "minle-inbox",
          () ->
              assertThat(inbox.locator("[data-test=inbox-row][data-id='" + id + "']")).isVisible());
      Browser.screenshot(inbox, "portal-inbox");
    }
    try (BrowserContext baishilong = browser.desktop()) {
      Page inbox = Browser.open(baishilong, "/portal/inbox", "staff.baishilong");
      assertThat(inbox.locator("[data-test=inbox-row][data-id='" + own + "']")).isVisible();
      assertEquals(0, inbox.locator("[data-test=inbox-row][data-id='" + id + "']").count());
      given()
          .auth()
          .oauth2(Stack.login("staff.baishilong"))
          .get("/api/v1/disputes/" + id)
          .then()
          .statusCode(404);
    }
  }
}
