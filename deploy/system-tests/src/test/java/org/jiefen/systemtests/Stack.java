package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The running local stack: started by deploy/local/up.sh, reached through the gateway. */
final class Stack {

  static final String GATEWAY = "http://localhost:8080";
  static final String TOKEN_URL =
      "http://localhost:8180/realms/jiefen/protocol/openid-connect/token";

  private Stack() {}

  static Path root() {
    return Path.of(System.getProperty("jiefen.root", "../..")).toAbsolutePath().normalize();
  }

  /**
   * Runs up.sh with the jars the reactor just built; fails the test run if it fails. With
   * JIEFEN_USE_RUNNING_STACK=1 a stack already running (e.g. while developing a browser test) is
   * used as it is, and left running.
   */
  static void up() throws IOException, InterruptedException {
    if (useRunning()) {
      return;
    }
    File log = root().resolve("deploy/system-tests/target/up.log").toFile();
    log.getParentFile().mkdirs();
    ProcessBuilder pb =
        new ProcessBuilder("bash", root().resolve("deploy/local/up.sh").toString())
            .directory(root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log);
    pb.environment().put("JIEFEN_SKIP_BUILD", "1");
    pb.environment().put("JIEFEN_RESTART_SERVICES", "1");
    Process process = pb.start();
    if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("deploy/local/up.sh failed; see " + log);
    }
  }

  /** Stops what up.sh started, unless JIEFEN_KEEP_STACK=1 asks to keep it for a look by hand. */
  static void down() throws IOException, InterruptedException {
    if (useRunning() || "1".equals(System.getenv("JIEFEN_KEEP_STACK"))) {
      return;
    }
    File log = root().resolve("deploy/system-tests/target/down.log").toFile();
    new ProcessBuilder("bash", root().resolve("deploy/local/down.sh").toString())
        .directory(root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log)
        .start()
        .waitFor(3, TimeUnit.MINUTES);
  }

  private static boolean useRunning() {
    return "1".equals(System.getenv("JIEFEN_USE_RUNNING_STACK"));
  }

  /** A user's access token from the real Keycloak (password grant, local/demo realm only). */
  static String login(String username) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "jiefen-web")
        .formParam("username", username)
        .formParam("password", username)
        .post(TOKEN_URL)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** A confidential client's token (client credentials), as a court or partner system gets it. */
  static String client(String clientId) {
    return given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", clientId + "-local-secret")
        .post(TOKEN_URL)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
