package org.jiefen.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events of different services arrive in any order; the case view must not depend on it. */
class DisputeTest {

  private final Instant t0 = Instant.parse("2026-11-23T03:00:00Z");

  private Dispute received() {
    return Dispute.receive(
        new DisputeDetails(
            Channel.GRID_MOBILE,
            "LABOR",
            "欠薪",
            LocalDate.of(2026, 11, 20),
            "longhua.minzhi.minle",
            null,
            null,
            new BigDecimal("1.00"),
            null,
            null),
        "u1",
        t0);
  }

  @Test
  void anAssignmentConsumedBeforeItsRoutingSurvivesTheOlderRoutingEvent() {
    Dispute d = received();
    d.assigned("M1", "王", "grid.minle", t0.plusSeconds(2));
    d.routed("longhua.minzhi.minle", "PEOPLES", List.of(), "{}", t0.plusSeconds(1));

    assertEquals(DisputeStatus.ASSIGNED, d.status());
    assertEquals("M1", d.assigneeCode());
    assertEquals("PEOPLES", d.mediationType());
  }

  @Test
  void aLaterRoutingReleasesTheEarlierAssignment() {
    Dispute d = received();
    d.routed("longhua.minzhi.minle", "PEOPLES", List.of(), "{}", t0.plusSeconds(1));
    d.assigned("M1", "王", "grid.minle", t0.plusSeconds(2));
    d.routed("longhua.minzhi", "PEOPLES", List.of(), "{}", t0.plusSeconds(3));

    assertEquals(DisputeStatus.ROUTED, d.status());
    assertEquals("longhua.minzhi", d.centerCode());
    assertNull(d.assigneeCode());
  }

  @Test
  void anOlderRoutingNeverOverwritesANewerOne() {
    Dispute d = received();
    d.routed("longhua.minzhi", "PEOPLES", List.of(), "{}", t0.plusSeconds(3));
    d.routed("longhua.minzhi.minle", "PEOPLES", List.of(), "{}", t0.plusSeconds(1));

    assertEquals("longhua.minzhi", d.centerCode());
  }

  /** 自动上移 (ADR 0007): routing moves a FAILED dispute to the parent center. */
  @Test
  void anEscalationAfterAFailedMediationReopensTheCaseAtTheParentCenter() {
    Dispute d = received();
    d.routed("longhua.minzhi.minle", "PEOPLES", List.of(), "{}", t0.plusSeconds(1));
    d.assigned("M1", "王", "grid.minle", t0.plusSeconds(2));
    d.concluded(false, t0.plusSeconds(3));
    assertEquals(DisputeStatus.FAILED, d.status());

    d.routed("longhua.minzhi", "PEOPLES", List.of(), "{}", t0.plusSeconds(4));
    assertEquals(DisputeStatus.ROUTED, d.status());
    assertEquals("longhua.minzhi", d.centerCode());
    assertNull(d.assigneeCode());

    d.assigned("M2", "钱", null, t0.plusSeconds(5));
    assertEquals(DisputeStatus.ASSIGNED, d.status());
    assertEquals("M2", d.assigneeCode());
  }

  @Test
  void theEscalationConsumedBeforeTheFailureItFollowsStaysRouted() {
    Dispute d = received();
    d.routed("longhua.minzhi.minle", "PEOPLES", List.of(), "{}", t0.plusSeconds(1));
    d.assigned("M1", "王", "grid.minle", t0.plusSeconds(2));
    d.routed("longhua.minzhi", "PEOPLES", List.of(), "{}", t0.plusSeconds(4));
    d.concluded(false, t0.plusSeconds(3));

    assertEquals(DisputeStatus.ROUTED, d.status());
    assertEquals("longhua.minzhi", d.centerCode());
    assertNull(d.assigneeCode());
  }

  @Test
  void aRoutingOlderThanTheFailureLeavesTheCaseFailed() {
    Dispute d = received();
    d.assigned("M1", "王", "grid.minle", t0.plusSeconds(2));
    d.concluded(false, t0.plusSeconds(3));
    d.routed("longhua.minzhi.minle", "PEOPLES", List.of(), "{}", t0.plusSeconds(1));

    assertEquals(DisputeStatus.FAILED, d.status());
    assertEquals("M1", d.assigneeCode());
  }

  /** 劳动争议调解仲裁法 Art. 14: noted at the first flag, a redelivered or later flag changes nothing. */
  @Test
  void theRightToArbitrationArisesOnceAtTheCenterTheFirstFlagNamed() {
    Dispute d = received();
    assertEquals(java.util.Optional.empty(), d.arbitrationRight());

    assertEquals(true, d.arbitrationRightArose("longhua.minzhi", "Art. 14", t0.plusSeconds(5)));
    assertEquals(
        false, d.arbitrationRightArose("longhua.minzhi.minle", "other", t0.plusSeconds(9)));

    assertEquals(
        new ArbitrationRight(t0.plusSeconds(5), "longhua.minzhi", "Art. 14"),
        d.arbitrationRight().orElseThrow());
  }
}
