package org.jiefen.mediatorpool.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/**
 * A recorded mediation outcome, checked as a whole because its rules span fields: a settlement has
 * an agreement in force, signed by every party, and may ask for judicial confirmation (a court
 * confirms only an agreement already in force, 人民调解法 Art. 33); a failure has a reason and a
 * suggestion — never litigation first for a labour dispute, which must go to arbitration.
 */
public record Conclusion(
    MediationOutcome outcome,
    Agreement agreement,
    boolean confirmationRequested,
    String reason,
    Suggestion suggestion) {

  public static final int MAX_TEXT = 20_000;

  /** What a conclusion is checked against: the dispute's parties and category, and now. */
  public record Context(List<String> partyNames, String category, LocalDate today, Instant now) {}

  /**
   * @throws ProblemException 400 naming every offending field
   */
  public static Conclusion of(
      MediationOutcome outcome,
      Agreement agreement,
      Boolean requestConfirmation,
      String reason,
      Suggestion suggestion,
      Context context) {
    boolean confirm = Boolean.TRUE.equals(requestConfirmation);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (outcome == null) {
      errors.add(new Problem.FieldError("result", "must be SETTLED or FAILED"));
    } else if (outcome == MediationOutcome.SETTLED) {
      checkAgreement(agreement, context, errors);
      if (suggestion != null) {
        errors.add(new Problem.FieldError("suggestion", "only a FAILED outcome has a suggestion"));
      }
    } else {
      checkFailure(agreement, confirm, reason, suggestion, context, errors);
    }
    if (reason != null && reason.length() > 2000) {
      errors.add(new Problem.FieldError("reason", "must be at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    return new Conclusion(outcome, agreement, confirm, reason, suggestion);
  }

  private static void checkFailure(
      Agreement agreement,
      boolean confirm,
      String reason,
      Suggestion suggestion,
      Context context,
      List<Problem.FieldError> errors) {
    if (agreement != null) {
      errors.add(new Problem.FieldError("agreement", "only a SETTLED outcome has an agreement"));
    }
    if (confirm) {
      errors.add(
          new Problem.FieldError(
              "requestConfirmation", "only a SETTLED outcome can ask for judicial confirmation"));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new Problem.FieldError("reason", "required when the mediation failed"));
    }
    if (suggestion == null) {
      errors.add(
          new Problem.FieldError(
              "suggestion",
              "required when the mediation failed: ARBITRATION, LITIGATION, ESCALATE"));
    } else if (suggestion == Suggestion.LITIGATION && "LABOR".equals(context.category())) {
      errors.add(
          new Problem.FieldError(
              "suggestion",
              "a labour dispute goes to labour arbitration before any court (劳动争议调解仲裁法 第五条)"));
    }
  }

  private static void checkAgreement(
      Agreement agreement, Context context, List<Problem.FieldError> errors) {
    if (agreement == null) {
      errors.add(new Problem.FieldError("agreement", "required when the outcome is SETTLED"));
      return;
    }
    text(agreement.facts(), "agreement.facts", errors);
    text(agreement.terms(), "agreement.terms", errors);
    if (agreement.effectiveOn() == null) {
      errors.add(new Problem.FieldError("agreement.effectiveOn", "required"));
    } else if (agreement.effectiveOn().isAfter(context.today())) {
      errors.add(
          new Problem.FieldError(
              "agreement.effectiveOn",
              "must not be in the future (today is " + context.today() + ")"));
    } else if (agreement.performanceDeadline() == null) {
      errors.add(new Problem.FieldError("agreement.performanceDeadline", "required (履行期限)"));
    } else if (agreement.performanceDeadline().isBefore(agreement.effectiveOn())) {
      errors.add(
          new Problem.FieldError(
              "agreement.performanceDeadline", "must not be before the agreement takes effect"));
    }
    checkSignatures(agreement.signatures(), context, errors);
  }

  private static void checkSignatures(
      List<Signature> signatures, Context context, List<Problem.FieldError> errors) {
    Set<String> signed = new HashSet<>();
    for (int i = 0; i < signatures.size(); i++) {
      Signature s = signatures.get(i);
      String field = "agreement.signatures[" + i + "]";
      if (s.party() == null || !context.partyNames().contains(s.party())) {
        errors.add(new Problem.FieldError(field + ".party", "is not a party of the dispute"));
      } else {
        signed.add(s.party());
      }
      if (s.signedAt() == null || s.signedAt().isAfter(context.now())) {
        errors.add(new Problem.FieldError(field + ".signedAt", "required, not in the future"));
      }
      if (s.channel() == null) {
        errors.add(new Problem.FieldError(field + ".channel", "required"));
      }
    }
    List<String> missing =
        context.partyNames().stream().filter(name -> !signed.contains(name)).toList();
    if (!missing.isEmpty()) {
      // 人民调解法 Art. 29: the agreement takes effect once every party has signed.
      errors.add(
          new Problem.FieldError(
              "agreement.signatures",
              "every party must sign; missing: " + String.join("、", missing)));
    }
  }

  private static void text(String value, String field, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError(field, "must not be blank"));
    } else if (value.length() > MAX_TEXT) {
      errors.add(new Problem.FieldError(field, "must be at most " + MAX_TEXT + " characters"));
    }
  }
}
