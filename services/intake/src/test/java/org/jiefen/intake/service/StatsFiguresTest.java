package org.jiefen.intake.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jiefen.intake.domain.CenterTally;
import org.jiefen.intake.rest.dto.StatsReport;
import org.junit.jupiter.api.Test;

class StatsFiguresTest {

  @Test
  void everyCategoryAndChannelIsAKeyInAStableOrder() {
    CenterTally t =
        new CenterTally()
            .addReceived("NEIGHBOR", "PARTNER_TRANSFER", 2, 0)
            .addReceived("RETIRED", "GRID_MOBILE", 1, 0);
    StatsReport.Figures f = StatsQueries.figures(t, List.of("LABOR", "NEIGHBOR", "FAMILY"));
    assertEquals(
        List.of("LABOR", "NEIGHBOR", "FAMILY", "RETIRED"),
        List.copyOf(f.receivedByCategory().keySet()));
    assertEquals(List.of(0L, 2L, 0L, 1L), List.copyOf(f.receivedByCategory().values()));
    assertEquals(
        List.of("GRID_MOBILE", "CENTER_PORTAL", "PARTNER_TRANSFER"),
        List.copyOf(f.receivedByChannel().keySet()));
    assertEquals(List.of(1L, 0L, 2L), List.copyOf(f.receivedByChannel().values()));
    assertEquals(3, f.received());
  }

  @Test
  void undefinedRatesStayNull() {
    StatsReport.Figures f = StatsQueries.figures(new CenterTally().addClocks(4, 1), List.of());
    assertEquals(null, f.settledRate());
    assertEquals(new BigDecimal("0.2500"), f.overdueRate());
    assertEquals(null, f.averageStageDays());
  }
}
