package org.jiefen.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  @Test
  void theDefaultsRetryForAboutFiveHoursOverTwelveAttempts() {
    RetrySchedule s = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 12);
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < 12; attempt++) {
      total = total.plus(s.delayAfter(attempt));
    }
    assertNull(s.delayAfter(12), "the 12th attempt is the last");
    assertEquals(Duration.ofHours(1), s.delayAfter(8), "3,840 s capped at the hour");
    assertEquals(Duration.ofSeconds(18_210), total, "5 h 3.5 min between first and last");
  }
}
