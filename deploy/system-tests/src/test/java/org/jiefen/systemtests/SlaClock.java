package org.jiefen.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The SLA monitor's clock and a dispute's deadlines, as an admin and staff see them through the
 * gateway. The local runtime lets an admin advance the monitor's clock; every test that does puts
 * it back with {@link #reset()}.
 */
final class SlaClock {

  private SlaClock() {}

  static Instant now() {
    return Instant.parse(
        given()
            .auth()
            .oauth2(Stack.login("admin.jiefen"))
            .get("/api/v1/admin/clock")
            .then()
            .statusCode(200)
            .extract()
            .path("now"));
  }

  /** Moves the monitor's clock to {@code at} (which must be later than its now). */
  static void advanceTo(Instant at) {
    Duration by = Duration.between(now(), at);
    given()
        .auth()
        .oauth2(Stack.login("admin.jiefen"))
        .contentType("application/json")
        .body("{\"duration\":\"" + by + "\"}")
        .post("/api/v1/admin/clock/advance")
        .then()
        .statusCode(200);
  }

  static void reset() {
    given()
        .auth()
        .oauth2(Stack.login("admin.jiefen"))
        .post("/api/v1/admin/clock/reset")
        .then()
        .statusCode(200);
  }

  /** The clocks the caller may see; none (404: not yet opened, or not the caller's) is empty. */
  static List<Map<String, Object>> deadlines(String token, String disputeId) {
    var response = given().auth().oauth2(token).get("/api/v1/disputes/" + disputeId + "/deadlines");
    if (response.statusCode() == 404) {
      return List.of();
    }
    response.then().statusCode(200);
    return response.path("");
  }

  /** The dispute's running (or overdue) clock of that type, once the monitor has opened it. */
  static Map<String, Object> awaitClock(String token, String disputeId, String clock) {
    return awaitDeadline(
        token,
        disputeId,
        d -> clock.equals(d.get("clock")) && List.of("OPEN", "OVERDUE").contains(d.get("state")));
  }

  /** Waits until the clock of that type reaches the state (e.g. OVERDUE) and returns it. */
  static Map<String, Object> awaitState(
      String token, String disputeId, String clock, String state) {
    return awaitDeadline(
        token, disputeId, d -> clock.equals(d.get("clock")) && state.equals(d.get("state")));
  }

  /**
   * Waits until that very clock has run out: OVERDUE, or LATE when its consequence already acted
   * and stopped it (the next mediator's assignment stops an expired acceptance clock in a second).
   */
  static Map<String, Object> awaitRanOut(String token, String disputeId, Object deadlineId) {
    return awaitDeadline(
        token,
        disputeId,
        d -> deadlineId.equals(d.get("id")) && List.of("OVERDUE", "LATE").contains(d.get("state")));
  }

  /** The first of the dispute's clocks the caller sees that matches, within a minute. */
  private static Map<String, Object> awaitDeadline(
      String token, String disputeId, Predicate<Map<String, Object>> wanted) {
    @SuppressWarnings("unchecked")
    Map<String, Object>[] found = new Map[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              found[0] =
                  deadlines(token, disputeId).stream().filter(wanted).findFirst().orElse(null);
              return found[0] != null;
            });
    return found[0];
  }

  /** The clock is still OPEN and stays so for a few of the monitor's ticks. */
  static void staysOpen(String token, String disputeId, String clock) {
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                deadlines(token, disputeId).stream()
                    .anyMatch(d -> clock.equals(d.get("clock")) && "OPEN".equals(d.get("state"))));
  }

  static Instant dueAt(Map<String, Object> deadline) {
    return Instant.parse((String) deadline.get("dueAt"));
  }
}
