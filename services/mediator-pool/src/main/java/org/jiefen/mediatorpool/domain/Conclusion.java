package org.jiefen.mediatorpool.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/**
 * A recorded mediation outcome, checked as a whole because its rules span fields: only a settlement
 * has an agreement and may ask for judicial confirmation, and an agreement cannot take effect in
 * the future (a court confirms only an agreement already in force, 人民调解法 Art. 33).
 */
public record Conclusion(
    MediationOutcome outcome, Agreement agreement, boolean confirmationRequested) {

  public static final int MAX_TEXT = 20_000;

  /**
   * @param today the date in China Standard Time, where the agreement was signed
   * @throws ProblemException 400 naming every offending field
   */
  public static Conclusion of(
      MediationOutcome outcome, Agreement agreement, Boolean requestConfirmation, LocalDate today) {
    boolean confirm = Boolean.TRUE.equals(requestConfirmation);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (outcome == null) {
      errors.add(new Problem.FieldError("outcome", "must be SETTLED or FAILED"));
    } else if (outcome == MediationOutcome.SETTLED) {
      checkAgreement(agreement, today, errors);
    } else {
      if (agreement != null) {
        errors.add(new Problem.FieldError("agreement", "only a SETTLED outcome has an agreement"));
      }
      if (confirm) {
        errors.add(
            new Problem.FieldError(
                "requestConfirmation", "only a SETTLED outcome can ask for judicial confirmation"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    return new Conclusion(outcome, agreement, confirm);
  }

  private static void checkAgreement(
      Agreement agreement, LocalDate today, List<Problem.FieldError> errors) {
    if (agreement == null) {
      errors.add(new Problem.FieldError("agreement", "required when the outcome is SETTLED"));
      return;
    }
    if (agreement.text() == null || agreement.text().isBlank()) {
      errors.add(new Problem.FieldError("agreement.text", "must not be blank"));
    } else if (agreement.text().length() > MAX_TEXT) {
      errors.add(
          new Problem.FieldError("agreement.text", "must be at most " + MAX_TEXT + " characters"));
    }
    if (agreement.effectiveOn() == null) {
      errors.add(new Problem.FieldError("agreement.effectiveOn", "required"));
    } else if (agreement.effectiveOn().isAfter(today)) {
      errors.add(
          new Problem.FieldError(
              "agreement.effectiveOn", "must not be in the future (today is " + today + ")"));
    }
  }
}
