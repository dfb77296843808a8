package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jiefen.mediatorpool.domain.Agreement;
import org.jiefen.mediatorpool.domain.Conclusion;
import org.jiefen.mediatorpool.domain.MediationOutcome;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ConclusionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static List<String> fieldsRejected(
      MediationOutcome outcome, Agreement agreement, Boolean confirm) {
    ProblemException e =
        assertThrows(
            ProblemException.class, () -> Conclusion.of(outcome, agreement, confirm, TODAY));
    assertEquals(400, e.status());
    return e.errors().stream().map(Problem.FieldError::field).toList();
  }

  @Test
  void aSettlementWithAnAgreementInForceMayAskForConfirmation() {
    Conclusion c =
        Conclusion.of(
            MediationOutcome.SETTLED, new Agreement("甲方支付乙方工资 12000 元", TODAY), true, TODAY);

    assertTrue(c.confirmationRequested());
    assertEquals(TODAY, c.agreement().effectiveOn());
  }

  @Test
  void aFailureNeedsNothingElseAndNeverAsksForConfirmation() {
    assertFalse(Conclusion.of(MediationOutcome.FAILED, null, null, TODAY).confirmationRequested());
    assertEquals(
        List.of("agreement", "requestConfirmation"),
        fieldsRejected(MediationOutcome.FAILED, new Agreement("x", TODAY), true));
  }

  @Test
  void aSettlementNeedsANonBlankAgreement() {
    assertEquals(List.of("agreement"), fieldsRejected(MediationOutcome.SETTLED, null, false));
    assertEquals(
        List.of("agreement.text", "agreement.effectiveOn"),
        fieldsRejected(MediationOutcome.SETTLED, new Agreement("  ", null), false));
  }

  @Test
  void anAgreementCannotTakeEffectInTheFutureOrExceedTheTextLimit() {
    assertEquals(
        List.of("agreement.effectiveOn"),
        fieldsRejected(MediationOutcome.SETTLED, new Agreement("协议", TODAY.plusDays(1)), false));
    assertEquals(
        List.of("agreement.text"),
        fieldsRejected(
            MediationOutcome.SETTLED,
            new Agreement("字".repeat(Conclusion.MAX_TEXT + 1), TODAY),
            false));
    Conclusion.of(
        MediationOutcome.SETTLED,
        new Agreement("字".repeat(Conclusion.MAX_TEXT), TODAY),
        false,
        TODAY);
  }

  @Test
  void anOutcomeIsRequired() {
    assertEquals(List.of("outcome"), fieldsRejected(null, null, null));
  }
}
