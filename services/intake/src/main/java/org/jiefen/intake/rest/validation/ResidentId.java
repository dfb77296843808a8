package org.jiefen.intake.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A GB 11643 resident identity number; null passes (use @NotNull where it is required). */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = ResidentIdValidator.class)
public @interface ResidentId {
  String message() default "is not a valid resident identity number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
