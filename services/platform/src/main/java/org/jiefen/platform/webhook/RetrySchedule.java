package org.jiefen.platform.webhook;

import java.time.Duration;

/**
 * When to try a failed delivery again: the first retry after {@code first}, doubling each time up
 * to {@code cap}, and no more after {@code maxAttempts} attempts in all.
 */
public record RetrySchedule(Duration first, Duration cap, int maxAttempts) {

  public RetrySchedule {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("first > 0, cap >= first and maxAttempts >= 1");
    }
  }

  /** The wait after the given failed attempt (1-based), or null when it was the last one. */
  public Duration delayAfter(int attempt) {
    if (attempt >= maxAttempts) {
      return null;
    }
    Duration delay = first;
    for (int i = 1; i < attempt && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }
}
