package org.jiefen.slamonitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a clock runs when its start event arrives after a transfer (or before it). */
class DisputeHolderTest {

  static final String MINLE = "longhua.minzhi.minle";
  static final String MINZHI = "longhua.minzhi";
  final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");

  private DisputeHolder transferredToTheStreetAt(Instant at) {
    DisputeHolder h = new DisputeHolder("d1", MINLE, t0);
    h.routed(MINZHI, at);
    return h;
  }

  @Test
  void anEventAtTheHolderStartsItsClocksThere() {
    DisputeHolder h = transferredToTheStreetAt(t0.plusSeconds(60));
    assertEquals(Optional.of(MINZHI), h.centerFor(ClockScope.STAGE, MINZHI, t0.plusSeconds(30)));
    assertEquals(Optional.of(MINZHI), h.centerFor(ClockScope.DISPUTE, MINZHI, t0.plusSeconds(90)));
  }

  @Test
  void anEventOfTheOldCenterAfterTheTransferIsStillItsOwn() {
    // e.g. the community's own late entry; the transfer did not end a stage that began after it
    DisputeHolder h = transferredToTheStreetAt(t0.plusSeconds(60));
    assertEquals(Optional.of(MINLE), h.centerFor(ClockScope.STAGE, MINLE, t0.plusSeconds(60)));
  }

  @Test
  void anEventOfTheOldCenterFromBeforeTheTransferOpensNoStageClockAndMovesTheDisputesClock() {
    DisputeHolder h = transferredToTheStreetAt(t0.plusSeconds(60));
    assertEquals(Optional.empty(), h.centerFor(ClockScope.STAGE, MINLE, t0.plusSeconds(30)));
    assertEquals(Optional.of(MINZHI), h.centerFor(ClockScope.DISPUTE, MINLE, t0.plusSeconds(30)));
  }

  @Test
  void anOlderRoutingArrivingLateDoesNotMoveTheDispute() {
    DisputeHolder h = transferredToTheStreetAt(t0.plusSeconds(60));
    h.routed(MINLE, t0.plusSeconds(10));
    assertEquals(MINZHI, h.centerCode());
  }
}
