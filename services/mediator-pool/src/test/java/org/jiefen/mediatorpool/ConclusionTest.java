package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.mediatorpool.domain.Agreement;
import org.jiefen.mediatorpool.domain.Conclusion;
import org.jiefen.mediatorpool.domain.MediationOutcome;
import org.jiefen.mediatorpool.domain.Signature;
import org.jiefen.mediatorpool.domain.SignatureChannel;
import org.jiefen.mediatorpool.domain.Suggestion;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ConclusionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  static final Conclusion.Context LABOUR =
      new Conclusion.Context(List.of("张三", "某某物流有限公司"), "LABOR", TODAY, NOW);

  static List<Signature> bothSigned() {
    return List.of(
        new Signature("张三", NOW.minusSeconds(60), SignatureChannel.IN_PERSON),
        new Signature("某某物流有限公司", NOW.minusSeconds(30), SignatureChannel.MOBILE));
  }

  static Agreement agreement(List<Signature> signatures) {
    return new Agreement(
        "被申请人拖欠申请人三个月工资共计12000元。",
        "被申请人于2026年12月31日前一次性支付申请人工资12000元。",
        TODAY,
        TODAY.plusDays(38),
        signatures);
  }

  private static List<String> rejected(
      MediationOutcome outcome,
      Agreement agreement,
      Boolean confirm,
      String reason,
      Suggestion suggestion,
      Conclusion.Context context) {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> Conclusion.of(outcome, agreement, confirm, reason, suggestion, context));
    assertEquals(400, e.status());
    return e.errors().stream().map(Problem.FieldError::field).toList();
  }

  @Test
  void aSettlementSignedByEveryPartyAndInForceMayAskForConfirmation() {
    Conclusion c =
        Conclusion.of(MediationOutcome.SETTLED, agreement(bothSigned()), true, null, null, LABOUR);
    assertTrue(c.confirmationRequested());
    assertEquals(TODAY, c.agreement().effectiveOn());
  }

  @Test
  void aSettlementMissingAPartysSignatureIsRefusedNamingWhoIsMissing() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                Conclusion.of(
                    MediationOutcome.SETTLED,
                    agreement(List.of(bothSigned().get(0))),
                    false,
                    null,
                    null,
                    LABOUR));
    assertEquals("agreement.signatures", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().contains("某某物流有限公司"));
  }

  @Test
  void aSignatureBySomeoneElseOrFromTheFutureIsRefused() {
    List<Signature> wrong =
        List.of(
            new Signature("李四", NOW, SignatureChannel.IN_PERSON),
            new Signature("张三", NOW.plusSeconds(3600), SignatureChannel.VIDEO),
            new Signature("某某物流有限公司", NOW, null));
    assertEquals(
        List.of(
            "agreement.signatures[0].party",
            "agreement.signatures[1].signedAt",
            "agreement.signatures[2].channel"),
        rejected(MediationOutcome.SETTLED, agreement(wrong), false, null, null, LABOUR));
  }

  @Test
  void aSettlementNeedsFactsTermsAndDatesInOrder() {
    assertEquals(
        List.of("agreement"), rejected(MediationOutcome.SETTLED, null, false, null, null, LABOUR));
    Agreement blank = new Agreement(" ", "", null, null, bothSigned());
    assertEquals(
        List.of("agreement.facts", "agreement.terms", "agreement.effectiveOn"),
        rejected(MediationOutcome.SETTLED, blank, false, null, null, LABOUR));
    Agreement future =
        new Agreement("事实", "条款", TODAY.plusDays(1), TODAY.plusDays(5), bothSigned());
    assertEquals(
        List.of("agreement.effectiveOn"),
        rejected(MediationOutcome.SETTLED, future, false, null, null, LABOUR));
    Agreement backwards = new Agreement("事实", "条款", TODAY, TODAY.minusDays(1), bothSigned());
    assertEquals(
        List.of("agreement.performanceDeadline"),
        rejected(MediationOutcome.SETTLED, backwards, false, null, null, LABOUR));
    Agreement tooLong =
        new Agreement("事实", "字".repeat(20_001), TODAY, TODAY.plusDays(1), bothSigned());
    assertEquals(
        List.of("agreement.terms"),
        rejected(MediationOutcome.SETTLED, tooLong, false, null, null, LABOUR));
  }

  @Test
  void aFailureNeedsAReasonAndASuggestionAndNeverAnAgreementOrConfirmation() {
    Conclusion failed =
        Conclusion.of(
            MediationOutcome.FAILED, null, null, "双方差距过大", Suggestion.ARBITRATION, LABOUR);
    assertFalse(failed.confirmationRequested());
    assertEquals(
        List.of("agreement", "requestConfirmation", "reason", "suggestion"),
        rejected(MediationOutcome.FAILED, agreement(bothSigned()), true, " ", null, LABOUR));
  }

  @Test
  void aFailedLabourDisputeIsSentToArbitrationNotStraightToCourt() {
    List<String> fields =
        rejected(MediationOutcome.FAILED, null, false, "未达成一致", Suggestion.LITIGATION, LABOUR);
    assertEquals(List.of("suggestion"), fields);
    Conclusion.Context contract =
        new Conclusion.Context(List.of("张三", "李四"), "CONTRACT", TODAY, NOW);
    assertEquals(
        Suggestion.LITIGATION,
        Conclusion.of(
                MediationOutcome.FAILED, null, false, "未达成一致", Suggestion.LITIGATION, contract)
            .suggestion());
  }

  @Test
  void aMissingResultIsNamed() {
    assertEquals(List.of("result"), rejected(null, null, null, null, null, LABOUR));
  }
}
