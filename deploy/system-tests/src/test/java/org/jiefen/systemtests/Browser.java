package org.jiefen.systemtests;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's headless chromium driven by Playwright (no browser download: the failsafe run sets
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD), one per test class. Contexts are fresh browser profiles, so
 * each user logs in through the real Keycloak page as they would.
 */
public final class Browser implements AutoCloseable {

  public static final String GATEWAY = "http://localhost:8080";

  /** Flags without which chromium, as root on this closed network, fails or reaches for Google. */
  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  public Browser() {
    playwright = Playwright.create();
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable())
                    .setHeadless(true)
                    .setArgs(FLAGS));
  }

  /** A phone as grid mediators hold it: 390×844, touch, Chinese. */
  public BrowserContext phone() {
    return chromium.newContext(
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(390, 844)
            .setDeviceScaleFactor(2)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("zh-CN")
            .setTimezoneId("Asia/Shanghai"));
  }

  /** An office screen at a center or the court. */
  public BrowserContext desktop() {
    return chromium.newContext(
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(1440, 900)
            .setLocale("zh-CN")
            .setTimezoneId("Asia/Shanghai")
            .setAcceptDownloads(true));
  }

  /**
   * Opens an app page, logs in on Keycloak's own form when it asks (the app redirects there with
   * PKCE), and waits until the app is back on its own URL.
   */
  public static Page open(BrowserContext context, String path, String username) {
    Page page = context.newPage();
    page.navigate(GATEWAY + path);
    // a fresh context has no session: the app sends the browser to Keycloak's login page
    page.waitForURL(url -> url.contains("/realms/jiefen/"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(username);
    page.locator("#kc-login").click();
    page.waitForURL(url -> url.startsWith(GATEWAY) && !url.contains("code="));
    return page;
  }

  /**
   * Saves a screenshot under target/screenshots, and also under the directory the system property
   * jiefen.screenshots names (docs/screenshots when refreshing the README's pictures).
   */
  public static void screenshot(Page page, String name) {
    byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(false));
    try {
      write(Path.of("target/screenshots"), name, png);
      String docs = System.getProperty("jiefen.screenshots");
      if (docs != null && !docs.isBlank()) {
        write(Path.of(docs), name, png);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not save screenshot " + name, e);
    }
  }

  /**
   * Runs a step on a page; when it fails, saves what the page showed as failed-NAME.png under
   * target/screenshots before the failure propagates.
   */
  public static void step(Page page, String name, Runnable assertions) {
    try {
      assertions.run();
    } catch (RuntimeException | AssertionError e) {
      try {
        write(
            Path.of("target/screenshots"),
            "failed-" + name,
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)));
      } catch (RuntimeException | IOException ignored) {
        // the failure itself matters more than its picture
      }
      throw e;
    }
  }

  private static void write(Path dir, String name, byte[] png) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), png);
  }

  private static Path executable() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException(
        "no chromium: deploy/local/test.sh installs Debian's chromium package");
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
