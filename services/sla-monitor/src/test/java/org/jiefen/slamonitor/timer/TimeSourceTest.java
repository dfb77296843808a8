package org.jiefen.slamonitor.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * A production monitor (jiefen.sla.clock.adjustable unset) runs on the system clock: the admin
 * clock answers 404 as if it did not exist, and nothing shifts the events' instants. Every test
 * runtime has the clock adjustable, so this is where the production side is proven.
 */
class TimeSourceTest {

  private final TimeSource production = new TimeSource(false, null);

  @Test
  void theClockCannotBeAdvancedOrResetInProduction() {
    assertEquals(
        404,
        assertThrows(ProblemException.class, () -> production.advance(Duration.ofDays(16)))
            .status());
    assertEquals(404, assertThrows(ProblemException.class, production::reset).status());
  }

  @Test
  void productionNowIsTheSystemClockAndEventsKeepTheirInstants() {
    production.refresh();
    Instant before = Instant.now();
    Instant now = production.now();
    assertTrue(!now.isBefore(before) && !now.isAfter(Instant.now()));
    Instant stamped = Instant.parse("2026-11-24T08:00:00Z");
    assertEquals(stamped, production.shifted(stamped));
    assertEquals(Duration.ZERO, production.offset());
  }
}
