package org.jiefen.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The apps as the web build (gateway/web, run by this module's Maven build) put them into
 * META-INF/resources. Excluded when the build runs with -Djiefen.web.skip.
 */
@QuarkusTest
@QuarkusTestResource(FakeUpstream.class)
class WebAppsTest {

  private static final String MOBILE_TITLE = "<title>解纷 · 网格调解</title>";
  private static final String PORTAL_TITLE = "<title>解纷 · 调解中心</title>";
  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Test
  void eachAppAnswersItsOwnPageAtItsRootAndNeverCachesIt() {
    page("/m/").body(containsString(MOBILE_TITLE)).body(not(containsString(PORTAL_TITLE)));
    page("/portal/").body(containsString(PORTAL_TITLE)).body(not(containsString(MOBILE_TITLE)));
    page("/portal/index.html").body(containsString(PORTAL_TITLE));
  }

  @Test
  void deepLinksAndReloadsGetTheirAppsPage() {
    page("/portal/disputes/x").body(containsString(PORTAL_TITLE));
    page("/portal/inbox?status=RECEIVED&page=2").body(containsString(PORTAL_TITLE));
    page("/portal/court/applications/7").body(containsString(PORTAL_TITLE));
    page("/portal/centers/longhua.minzhi.minle").body(containsString(PORTAL_TITLE));
    page("/m/me").body(containsString(MOBILE_TITLE));
  }

  @Test
  void anAppWithoutItsSlashIsRedirectedToIt() {
    given()
        .config(
            RestAssuredConfig.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false)))
        .get("/portal")
        .then()
        .statusCode(302)
        .header("Location", "/portal/");
  }

  @Test
  void hashedAssetsAreServedAndCachedForAYearAndAMissingOneIsA404NotThePage() {
    String index = given().accept(BROWSER).get("/m/").asString();
    Matcher script = Pattern.compile("src=\"(/m/assets/[^\"]+\\.js)\"").matcher(index);
    assertTrue(script.find(), "the mobile page loads a hashed script: " + index);
    given()
        .get(script.group(1))
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"))
        .header("Cache-Control", WebApps.IMMUTABLE);
    given()
        .accept(BROWSER)
        .get("/m/assets/index-00000000.js")
        .then()
        .statusCode(404)
        .header("Cache-Control", not(equalTo(WebApps.IMMUTABLE)));
  }

  @Test
  void theMobileAppsServiceWorkerAndManifestAreNeverCachedAndTheManifestHasItsType() {
    // a cached service worker would keep phones on an old app; browsers re-check no-cache files
    given()
        .get("/m/sw.js")
        .then()
        .statusCode(200)
        .header("Cache-Control", WebApps.NO_CACHE)
        .contentType(containsString("javascript"));
    given()
        .get("/m/registerSW.js")
        .then()
        .statusCode(200)
        .header("Cache-Control", WebApps.NO_CACHE);
    given()
        .get("/m/manifest.webmanifest")
        .then()
        .statusCode(200)
        .header("Cache-Control", WebApps.NO_CACHE)
        .contentType(startsWith("application/manifest+json"))
        .body("start_url", equalTo("/m/"))
        .body("scope", equalTo("/m/"));
  }

  @Test
  void aClientAskingForJsonGetsNoPage() {
    given().accept("application/json").get("/portal/disputes/x").then().statusCode(404);
  }

  @Test
  void theApiIsStillProxiedWhateverTheClientAccepts() {
    given()
        .accept(BROWSER)
        .header("Authorization", "Bearer t")
        .get("/api/v1/disputes/42")
        .then()
        .statusCode(201)
        .contentType("application/json")
        .body("path", equalTo("/api/v1/disputes/42"))
        .body("authorization", equalTo("Bearer t"));
  }

  private static io.restassured.response.ValidatableResponse page(String path) {
    return given()
        .accept(BROWSER)
        .get(path)
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .header("Cache-Control", WebApps.NO_CACHE)
        .body(containsString("<div id=\"app\"></div>"));
  }
}
