package org.jiefen.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CenterTallyTest {

  static final BigDecimal DAY = BigDecimal.valueOf(86_400);

  private static BigDecimal days(String days) {
    return new BigDecimal(days).multiply(DAY);
  }

  @Test
  void ratesAreFractionsWithFourPlacesRoundedHalfUp() {
    assertEquals(new BigDecimal("0.6667"), CenterTally.rate(2, 3));
    assertEquals(new BigDecimal("0.3333"), CenterTally.rate(1, 3));
    assertEquals(new BigDecimal("0.1250"), CenterTally.rate(1, 8));
    assertEquals(new BigDecimal("0.0001"), CenterTally.rate(1, 19_999)); // 0.000050002… → up
    assertEquals(new BigDecimal("0.0000"), CenterTally.rate(1, 20_001)); // 0.0000499… → down
    assertEquals(new BigDecimal("0.0000"), CenterTally.rate(0, 5));
    assertEquals(new BigDecimal("1.0000"), CenterTally.rate(5, 5));
  }

  @Test
  void aRateWithoutAWholeIsUndefinedNotZero() {
    assertNull(CenterTally.rate(0, 0));
    assertNull(new CenterTally().settledRate());
    assertNull(new CenterTally().overdueRate());
    assertNull(new CenterTally().averageStageDays());
  }

  @Test
  void averageDaysHaveOnePlaceRoundedHalfUp() {
    assertEquals(new BigDecimal("2.3"), CenterTally.averageDays(2, days("4.5"))); // 2.25
    assertEquals(new BigDecimal("2.6"), CenterTally.averageDays(4, days("10.5"))); // 2.625
    assertEquals(new BigDecimal("2.2"), CenterTally.averageDays(4, days("8.996"))); // 2.249
    assertEquals(new BigDecimal("13.0"), CenterTally.averageDays(1, days("13")));
    // an hour is 0.04 days
    assertEquals(new BigDecimal("0.0"), CenterTally.averageDays(1, BigDecimal.valueOf(3600)));
  }

  @Test
  void concludedIsSettledPlusFailedAndTheRateIsOverThem() {
    CenterTally t =
        new CenterTally().addConcluded("SETTLED", 2).addConcluded("FAILED", 1).addWithdrawn(4);
    assertEquals(3, t.concluded());
    assertEquals(new BigDecimal("0.6667"), t.settledRate());
    assertEquals(4, t.withdrawn());
  }

  @Test
  void duplicatesAreNotReceivedNorInTheBreakdowns() {
    CenterTally t =
        new CenterTally()
            .addReceived("LABOR", "GRID_MOBILE", 2, 1)
            .addReceived("LABOR", "CENTER_PORTAL", 1, 0)
            .addReceived("NEIGHBOR", "GRID_MOBILE", 0, 3);
    assertEquals(3, t.received());
    assertEquals(4, t.duplicates());
    assertEquals(Map.of("LABOR", 3L), t.byCategory());
    assertEquals(Map.of("GRID_MOBILE", 2L, "CENTER_PORTAL", 1L), t.byChannel());
  }

  @Test
  void aTotalAddsCountsAndRecomputesRatesAndAverages() {
    CenterTally a =
        new CenterTally()
            .addReceived("LABOR", "GRID_MOBILE", 3, 0)
            .addConcluded("SETTLED", 1)
            .addConcluded("FAILED", 1)
            .addClocks(2, 1)
            .addStages(2, days("4.5"));
    CenterTally s =
        new CenterTally()
            .addConcluded("SETTLED", 1)
            .addClocks(1, 1)
            .addWarned(1)
            .addStages(1, days("4"));
    CenterTally total = new CenterTally().add(a).add(s);
    assertEquals(3, total.received());
    assertEquals(new BigDecimal("0.6667"), total.settledRate()); // 2 of 3, not mean(0.5, 1)
    assertEquals(3, total.clocksDue());
    assertEquals(new BigDecimal("0.6667"), total.overdueRate());
    assertEquals(1, total.warned());
    assertEquals(3, total.stages());
    assertEquals(new BigDecimal("2.8"), total.averageStageDays()); // 8.5 / 3 = 2.833
    assertEquals(Map.of("LABOR", 3L), total.byCategory());
  }

  @Test
  void aCenterWithNothingCountedIsNotActive() {
    assertFalse(new CenterTally().active());
    assertFalse(new CenterTally().addConcluded("SETTLED", 0).active());
    assertTrue(new CenterTally().addWarned(1).active());
    assertTrue(new CenterTally().addReceived("LABOR", "GRID_MOBILE", 0, 1).active());
  }
}
