package org.jiefen.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  record Item(@NotBlank String code, List<@NotBlank String> specialties) {}

  record Body(@NotEmpty List<@Valid Item> items) {}

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private Set<String> fields(Object bean) {
    Set<String> fields = new TreeSet<>();
    validator.validate(bean).forEach(v -> fields.add(ProblemMappers.fieldOf(v)));
    return fields;
  }

  @Test
  void fieldsAreNamedAsTheClientWroteThemIncludingListIndexes() {
    Body body =
        new Body(List.of(new Item("a", List.of("LABOR")), new Item(" ", List.of("LABOR", ""))));
    assertEquals(Set.of("items[1].code", "items[1].specialties[1]"), fields(body));
  }

  @org.junit.jupiter.api.Test
  void lockConflictsAreRecognisedThroughTheirWrappers() {
    org.junit.jupiter.api.Assertions.assertTrue(
        ProblemMappers.isConcurrentChange(
            new RuntimeException(
                new jakarta.persistence.PessimisticLockException(
                    "deadlock", new java.sql.SQLTransactionRollbackException("Deadlock found")))));
    org.junit.jupiter.api.Assertions.assertTrue(
        ProblemMappers.isConcurrentChange(
            new IllegalStateException(new jakarta.persistence.OptimisticLockException("stale"))));
    org.junit.jupiter.api.Assertions.assertFalse(
        ProblemMappers.isConcurrentChange(new IllegalStateException("boom")));
  }
}
