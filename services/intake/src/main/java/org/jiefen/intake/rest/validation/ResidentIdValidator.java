package org.jiefen.intake.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jiefen.intake.domain.ResidentIdNumber;

public class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    var problem = ResidentIdNumber.problem(value, LocalDate.now(CHINA));
    problem.ifPresent(
        message -> {
          context.disableDefaultConstraintViolation();
          // The message names the rule, never echoes the number (it would reach logs and clients).
          context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
    return problem.isEmpty();
  }
}
