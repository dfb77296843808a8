package org.jiefen.intake.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A mainland China mobile number; null passes. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = MobileValidator.class)
public @interface Mobile {
  String message() default "must be a mainland mobile number (11 digits starting 13–19)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
