package org.jiefen.intake.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jiefen.intake.domain.MobileNumber;

public class MobileValidator implements ConstraintValidator<Mobile, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || MobileNumber.isValid(value);
  }
}
