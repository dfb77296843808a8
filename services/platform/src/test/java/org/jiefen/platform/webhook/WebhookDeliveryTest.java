package org.jiefen.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  static final RetrySchedule THREE =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 3);

  static WebhookDelivery pending() {
    return new WebhookDelivery("COURT:court-longhua", "application.changed", "d-1", "{}", T0);
  }

  static WebhookSender.Result answered(int status) {
    return new WebhookSender.Result(
        status, status >= 200 && status < 300 ? null : "answered HTTP " + status, 12);
  }

  @Test
  void aNewDeliveryIsPendingAndDueAtOnce() {
    WebhookDelivery d = pending();
    assertEquals(WebhookDelivery.State.PENDING, d.state());
    assertEquals(T0, d.nextAttemptAt());
    assertEquals(36, d.id().length());
  }

  @Test
  void a2xxDeliversAndIsRecordedAsTheAttempt() {
    WebhookDelivery d = pending();
    Instant at = T0.plusSeconds(1);
    WebhookAttempt a = d.attempted(at, answered(204), THREE);
    assertEquals(WebhookDelivery.State.DELIVERED, d.state());
    assertEquals(at, d.deliveredAt());
    assertEquals(1, d.attempts());
    assertEquals(204, d.lastHttpStatus());
    assertNull(d.lastError());
    assertEquals(d.id(), a.deliveryId());
    assertEquals(1, a.attempt());
    assertEquals(204, a.httpStatus());
    assertEquals(12, a.durationMs());
  }

  @Test
  void aFailureIsRetriedOnTheScheduleUntilTheLastAttemptThenFailed() {
    WebhookDelivery d = pending();
    d.attempted(T0, answered(500), THREE);
    assertEquals(WebhookDelivery.State.PENDING, d.state());
    assertEquals(T0.plusSeconds(30), d.nextAttemptAt());
    assertEquals("answered HTTP 500", d.lastError());

    WebhookAttempt second = d.attempted(T0.plusSeconds(30), answered(0), THREE);
    assertNull(second.httpStatus(), "no answer is no status, not 0");
    assertNull(d.lastHttpStatus());
    assertEquals(T0.plusSeconds(90), d.nextAttemptAt());

    WebhookAttempt third = d.attempted(T0.plusSeconds(90), answered(503), THREE);
    assertEquals(3, third.attempt());
    assertEquals(WebhookDelivery.State.FAILED, d.state());
    assertNull(d.deliveredAt());
  }

  @Test
  void longErrorsAreCutTo500Characters() {
    WebhookDelivery d = pending();
    WebhookAttempt a = d.attempted(T0, new WebhookSender.Result(0, "x".repeat(2000), 5), THREE);
    assertEquals(500, d.lastError().length());
    assertEquals(500, a.error().length());
  }

  @Test
  void onlyAFailedDeliveryStartsAFreshScheduleWhenSentAgain() {
    WebhookDelivery d = pending();
    assertThrows(IllegalStateException.class, () -> d.redeliver(T0));
    d.abandon("no webhook registered for court-longhua");
    assertEquals(WebhookDelivery.State.FAILED, d.state());
    assertEquals(1, d.attempts());
    assertEquals("no webhook registered for court-longhua", d.lastError());

    Instant later = T0.plusSeconds(600);
    d.redeliver(later);
    assertEquals(WebhookDelivery.State.PENDING, d.state());
    assertEquals(0, d.attempts());
    assertEquals(later, d.nextAttemptAt());
  }
}
