package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.mediatorpool.domain.Leave;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The roster's domain rules: leave periods, retirement, and what a roster load changes. */
class MediatorRosterTest {

  static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
  static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  static Mediator mediator(boolean active) {
    return new Mediator(
        "m-1",
        null,
        "林秀英",
        MediatorKind.PROFESSIONAL,
        "longhua.dalang",
        "ORG-DALANG-LABOR",
        List.of("LABOR"),
        List.of("普通话", "客家话"),
        10,
        active);
  }

  @Test
  void aMediatorIsOnLeaveOnEveryDayOfAPeriodBothEndsIncluded() {
    Mediator m = mediator(true);
    m.addLeave(DEC_1, DEC_1.plusDays(4), "年休假", "admin.jiefen", T0);

    assertFalse(m.onLeave(DEC_1.minusDays(1)));
    assertTrue(m.onLeave(DEC_1));
    assertTrue(m.onLeave(DEC_1.plusDays(2)));
    assertTrue(m.onLeave(DEC_1.plusDays(4)));
    assertFalse(m.onLeave(DEC_1.plusDays(5)));
  }

  @Test
  void aOneDayLeaveCoversThatDayOnly() {
    Mediator m = mediator(true);
    m.addLeave(DEC_1, DEC_1, "病假", "admin.jiefen", T0);

    assertTrue(m.onLeave(DEC_1));
    assertFalse(m.onLeave(DEC_1.plusDays(1)));
  }

  @Test
  void aLeaveMayNotOverlapAnotherEvenByOneDay() {
    Mediator m = mediator(true);
    m.addLeave(DEC_1, DEC_1.plusDays(4), "年休假", "admin.jiefen", T0);

    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> m.addLeave(DEC_1.plusDays(4), DEC_1.plusDays(6), "事假", "admin.jiefen", T0));
    assertEquals(409, e.status());
    assertEquals("from", e.errors().get(0).field());
    // the day after the first leave is free
    m.addLeave(DEC_1.plusDays(5), DEC_1.plusDays(6), "事假", "admin.jiefen", T0);
    assertEquals(2, m.leaves().size());
  }

  @Test
  void aLeaveEndsOnOrAfterItsFirstDayAndLastsAtMostAYear() {
    Mediator m = mediator(true);

    ProblemException backwards =
        assertThrows(
            ProblemException.class,
            () -> m.addLeave(DEC_1, DEC_1.minusDays(1), "年休假", "admin.jiefen", T0));
    assertEquals(400, backwards.status());
    assertEquals("to", backwards.errors().get(0).field());

    ProblemException tooLong =
        assertThrows(
            ProblemException.class,
            () -> m.addLeave(DEC_1, DEC_1.plusDays(Leave.MAX_DAYS), "产假", "admin.jiefen", T0));
    assertEquals("to", tooLong.errors().get(0).field());
    m.addLeave(DEC_1, DEC_1.plusDays(Leave.MAX_DAYS - 1), "产假", "admin.jiefen", T0);
  }

  @Test
  void aRetiredMediatorTakesNoLeave() {
    Mediator m = mediator(true);
    m.retire("调离龙华区", "admin.jiefen", T0);

    ProblemException e =
        assertThrows(
            ProblemException.class, () -> m.addLeave(DEC_1, DEC_1, "年休假", "admin.jiefen", T0));
    assertEquals(409, e.status());
  }

  @Test
  void retiringKeepsTheMediatorWithWhenWhoAndWhyAndRepeatingChangesNothing() {
    Mediator m = mediator(true);

    assertTrue(m.retire("调离龙华区", "admin.jiefen", T0));
    assertFalse(m.active());
    assertEquals(T0, m.retiredAt());
    assertEquals("admin.jiefen", m.retiredBy());
    assertEquals("调离龙华区", m.retireReason());

    assertFalse(m.retire("again", "someone.else", T0.plusSeconds(60)));
    assertEquals("调离龙华区", m.retireReason());
    assertEquals(T0, m.retiredAt());
  }

  @Test
  void reinstatingClearsTheRetirementRecord() {
    Mediator m = mediator(true);
    m.retire("长期病休", "admin.jiefen", T0);

    m.reinstate();

    assertTrue(m.active());
    assertNull(m.retiredAt());
    assertNull(m.retireReason());
  }

  @Test
  void aRosterLoadMarkingAMediatorInactiveRetiresItAndOneMarkingItActiveReinstatesIt() {
    Mediator stored = mediator(true);

    assertTrue(stored.updateFrom(mediator(false), Mediator.INACTIVE_IN_ROSTER, "admin", T0));
    assertFalse(stored.active());
    assertEquals(Mediator.INACTIVE_IN_ROSTER, stored.retireReason());
    assertEquals("admin", stored.retiredBy());

    assertTrue(stored.updateFrom(mediator(true), Mediator.INACTIVE_IN_ROSTER, "admin", T0));
    assertTrue(stored.active());
    assertNull(stored.retiredAt());
  }

  @Test
  void anIdenticalEntryChangesNothingAndKeepsTheLeaves() {
    Mediator stored = mediator(true);
    stored.addLeave(DEC_1, DEC_1, "年休假", "admin.jiefen", T0);

    assertFalse(stored.updateFrom(mediator(true), Mediator.INACTIVE_IN_ROSTER, "admin", T0));
    assertEquals(1, stored.leaves().size());
    assertTrue(stored.sameEntryAs(mediator(true)));
  }

  @Test
  void languagesAndOrganisationAreKeptAndTheOlderConstructorLeavesThemUnrecorded() {
    Mediator m = mediator(true);
    assertEquals(List.of("普通话", "客家话"), m.languages());
    assertEquals("ORG-DALANG-LABOR", m.organisationCode());

    Mediator old =
        new Mediator("m-2", null, "周建华", MediatorKind.GRID, "longhua", List.of(), 5, true);
    assertEquals(List.of(), old.languages());
    assertNull(old.organisationCode());
    assertFalse(old.onLeave(DEC_1));
    assertTrue(old.takes("LABOR"));
  }
}
